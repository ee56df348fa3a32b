using Markdig.Syntax;

namespace StatiqGuides.Modules.Translations.Blocks;

/// <summary>A Markdown body, its syntax tree and its blocks: parsed once, then compared, cut and rewritten.</summary>
public sealed class ParsedBody
{
    internal ParsedBody(string text, MarkdownDocument? document, IReadOnlyList<MarkdownBlock> blocks)
    {
        Text = text;
        Document = document;
        Blocks = blocks;
    }

    public string Text { get; }

    public IReadOnlyList<MarkdownBlock> Blocks { get; }

    /// <summary>Null when Markdig could not parse the body (nested too deep): it is then one block.</summary>
    internal MarkdownDocument? Document { get; }

    /// <summary>The segments of one of this body's blocks.</summary>
    public IReadOnlyList<InlineSegment> Segments(MarkdownBlock block) => BlockSegmenter.Segment(this, block);

    /// <summary>The line ending the file is written with, for text that replaces or joins its blocks.</summary>
    public string LineEnding => Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
}
