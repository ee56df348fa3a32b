using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Builds the table of contents (level-2 headings, level-3 under them) and lists every heading id.</summary>
public static class TocBuilder
{
    /// <param name="titleOf">The title of a uid in the page's language, for an xref link without text in a heading.</param>
    public static (IReadOnlyList<TocEntry> Toc, IReadOnlySet<string> Ids) Build(MarkdownDocument document, Func<string, string> titleOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(titleOf);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var top = new List<(string Id, string Title, List<TocEntry> Children)>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.TryGetAttributes()?.Id;
            if (string.IsNullOrEmpty(id)) continue;
            ids.Add(id);
            // Headings inside blockquotes or lists are not part of the document outline.
            if (heading.Parent is not MarkdownDocument) continue;
            var title = PlainText(heading.Inline, titleOf);
            if (heading.Level == 2)
            {
                top.Add((id, title, []));
            }
            else if (heading.Level == 3 && top.Count > 0)
            {
                top[^1].Children.Add(new TocEntry(id, title, 3, []));
            }
        }
        foreach (var footnoteId in document.Descendants<Markdig.Extensions.Footnotes.Footnote>().Select(f => $"fn:{f.Order}"))
        {
            ids.Add(footnoteId);
        }
        return (top.Select(t => new TocEntry(t.Id, t.Title, 2, t.Children)).ToList(), ids);
    }

    public static string PlainText(ContainerInline? inline, Func<string, string> titleOf)
    {
        ArgumentNullException.ThrowIfNull(titleOf);
        if (inline is null) return "";
        var builder = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case Xrefs.XrefTitleInline xref:
                    builder.Append(titleOf(xref.Uid));
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
            }
        }
        return builder.ToString().Trim();
    }
}
