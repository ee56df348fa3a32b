using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqGuides.Modules.Markdown.Links;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Runs a pass over a document once all its inlines are parsed, when it is parsed for a page
/// (<see cref="PageLinkContext"/> in the parser context); a document parsed without one is left alone.</summary>
/// <remarks>Markdig calls a document's <c>ProcessInlinesEnd</c> with the inline processor, which carries the parser
/// context, after every block's inlines (and the heading ids made from them) are final. The handler is added to the
/// document when its first paragraph or heading closes, as Markdig's auto-identifiers do: every inline is in one of
/// them (tables, footnotes, list items and alerts hold paragraphs). Stateless: what a pass finds goes to the context.</remarks>
public sealed class PagePass(Action<MarkdownDocument, PageLinkContext> pass)
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.Closed -= OnClosed;
            headings.Closed += OnClosed;
        }
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.Closed -= OnClosed;
            paragraphs.Closed += OnClosed;
        }
    }

    private void OnClosed(BlockProcessor processor, Block block)
    {
        if (PageLinkContext.Of(processor.Context) is null || processor.Document.GetData(this) is not null) return;
        processor.Document.SetData(this, this);
        processor.Document.ProcessInlinesEnd += OnInlinesEnd;
    }

    private void OnInlinesEnd(InlineProcessor processor, Inline? inline)
    {
        if (PageLinkContext.Of(processor.Context) is { } page) pass(processor.Document, page);
    }
}
