using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StatiqGuides.Modules.Markdown;

namespace StatiqGuides.Modules.Translations.Blocks;

/// <summary>Splits a Markdown body into the blocks translators work by, from Markdig's syntax tree: headings,
/// paragraphs, list items (with what they nest), table rows, code blocks, quotes and alerts, HTML blocks, footnotes.</summary>
/// <remarks>Everything between blocks (blank lines, a table's delimiter row, thematic breaks, link reference
/// definitions) is skeleton: kept as it is and never translated. Spans are offsets in the body as given, so
/// CRLF files are split as they are written.</remarks>
public static class MarkdownBlocks
{
    public static MarkdownPipeline Pipeline { get; } = MarkdownPipelineFactory.Create();

    public static ParsedBody Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, Pipeline);
        }
        catch (InvalidOperationException)
        {
            // Nesting too deep for Markdig (SG0007 reports it when the site is checked): one block, the whole body.
            return new ParsedBody(body, null, body.Trim().Length == 0 ? [] : [new MarkdownBlock(BlockKind.Other, 0, body.TrimEnd(), 1)]);
        }
        var blocks = new List<MarkdownBlock>();
        foreach (var block in document) Collect(block, body, blocks);
        blocks.Sort((a, b) => a.Start.CompareTo(b.Start));
        // Markdig's groups (footnotes, link definitions) report loose spans: keep only blocks that do not overlap.
        var result = new List<MarkdownBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block.Length == 0 || (result.Count > 0 && block.Start < result[^1].End)) continue;
            result.Add(block);
        }
        return new ParsedBody(body, document, result);
    }

    private static void Collect(Block block, string body, List<MarkdownBlock> blocks)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Add(blocks, body, BlockKind.Heading, heading.Span.Start, heading.Span.End, heading.Line, heading.GetAttributes().Id, heading.Level);
                break;
            case ParagraphBlock paragraph:
                Add(blocks, body, BlockKind.Paragraph, paragraph.Span.Start, paragraph.Span.End, paragraph.Line);
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>()) Add(blocks, body, BlockKind.ListItem, item.Span.Start, item.Span.End, item.Line);
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    // A row's span leaves out its outer pipes: the row is its whole line.
                    var start = LineStart(body, row.Span.Start);
                    Add(blocks, body, BlockKind.TableRow, start, LineEnd(body, row.Span.End) - 1, row.Line);
                }
                break;
            case FootnoteGroup group:
                foreach (var footnote in group.OfType<Footnote>())
                {
                    Add(blocks, body, BlockKind.Footnote, LineStart(body, footnote.Span.Start), footnote.Span.End, footnote.Line);
                }
                break;
            case QuoteBlock quote:
                Add(blocks, body, BlockKind.Quote, quote.Span.Start, quote.Span.End, quote.Line);
                break;
            case HtmlBlock html:
                Add(blocks, body, BlockKind.Html, html.Span.Start, html.Span.End, html.Line);
                break;
            case CodeBlock code:
                Add(blocks, body, BlockKind.Code, code.Span.Start, code.Span.End, code.Line);
                break;
            case ThematicBreakBlock:
            case LinkReferenceDefinitionGroup:
            case LinkReferenceDefinition:
            case BlankLineBlock:
                break;
            default:
                if (block is not ContainerBlock) Add(blocks, body, BlockKind.Other, block.Span.Start, block.Span.End, block.Line);
                break;
        }
    }

    private static void Add(List<MarkdownBlock> blocks, string body, BlockKind kind, int start, int endInclusive, int line, string? id = null, int level = 0)
    {
        if (start < 0 || start >= body.Length || endInclusive < start) return;
        var end = Math.Min(endInclusive + 1, body.Length);
        while (end > start && body[end - 1] is '\n' or '\r' or ' ' or '\t') end--;
        if (end <= start) return;
        blocks.Add(new MarkdownBlock(kind, start, body[start..end], line + 1, id, level));
    }

    private static int LineStart(string body, int position)
    {
        position = Math.Clamp(position, 0, body.Length);
        var newline = position == 0 ? -1 : body.LastIndexOf('\n', position - 1);
        return newline + 1;
    }

    private static int LineEnd(string body, int position)
    {
        position = Math.Clamp(position, 0, body.Length);
        var newline = body.IndexOf('\n', position);
        var end = newline < 0 ? body.Length : newline;
        if (end > 0 && end <= body.Length && end - 1 >= position && body[end - 1] == '\r') end--;
        return end;
    }
}
