namespace StatiqGuides.Modules.Translations.Blocks;

/// <summary>One block of a Markdown body with the exact span of text it came from, so that it can be replaced in place.</summary>
/// <param name="Start">Offset of the block's first character in the body.</param>
/// <param name="Text">The body's characters at [Start, Start + Length), line endings as in the file.</param>
/// <param name="Line">1-based line of the block in the body.</param>
/// <param name="HeadingId">For a heading, the id readers link to.</param>
public sealed record MarkdownBlock(BlockKind Kind, int Start, string Text, int Line, string? HeadingId = null, int Level = 0)
{
    public int Length => Text.Length;

    public int End => Start + Text.Length;

    /// <summary>The text with '\n' line endings: what is compared, shown and exchanged.</summary>
    public string Normalized => Text.Contains('\r', StringComparison.Ordinal)
        ? Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
        : Text;

    /// <summary>A short name of the block's kind, for reports (<c>heading</c>, <c>list item</c>...).</summary>
    public string KindName => Kind switch
    {
        BlockKind.Heading => "heading",
        BlockKind.Paragraph => "paragraph",
        BlockKind.ListItem => "list item",
        BlockKind.TableRow => "table row",
        BlockKind.Code => "code block",
        BlockKind.Quote => "quote",
        BlockKind.Html => "HTML block",
        BlockKind.Footnote => "footnote",
        _ => "block",
    };

    /// <summary>Whether two blocks are of a kind that can stand for one another in a translation.</summary>
    public bool SameShape(MarkdownBlock other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Kind == other.Kind && Level == other.Level;
    }
}
