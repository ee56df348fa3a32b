using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqGuides.Modules.Markdown.Links;

namespace StatiqGuides.Modules.Markdown.Xrefs;

/// <summary>The xref pass over a parsed page: <c>[text](xref:uid#anchor)</c> and <c>&lt;xref:uid&gt;</c> link to the
/// page with that uid; unknown uids are reported where they are written (SG0102) and link to <c>#</c>.</summary>
/// <remarks>The link keeps its <c>xref:</c> URL, so the tree names the uid and the link-resolution pass knows to
/// leave it alone; the renderer writes the target's URL (<see cref="LinkInline.GetDynamicUrl"/>). A link without
/// text gets an <see cref="XrefTitleInline"/>, titled when rendered.</remarks>
public static class XrefLinks
{
    public static void Resolve(MarkdownDocument document, PageLinkContext page)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(page);
        // A snapshot: replacing autolinks changes the tree being walked.
        foreach (var inline in MarkdownTree.Inlines<Inline>(document))
        {
            switch (inline)
            {
                case LinkInline link when PageLinkContext.IsXref(link.Url):
                    ResolveLink(link, page);
                    break;
                case AutolinkInline autolink when PageLinkContext.IsXref(autolink.Url):
                    ReplaceAutolink(autolink, page);
                    break;
            }
        }
    }

    private static void ResolveLink(LinkInline link, PageLinkContext page)
    {
        var target = page.ResolveXref(link.Url!, page.Location(link.Line, link.Column));
        var url = target?.Url ?? "#";
        link.GetDynamicUrl = () => url;
        if (target is not null && link.FirstChild is null) link.AppendChild(Title(target, link));
    }

    private static void ReplaceAutolink(AutolinkInline autolink, PageLinkContext page)
    {
        var target = page.ResolveXref(autolink.Url, page.Location(autolink.Line, autolink.Column));
        var url = target?.Url ?? "#";
        var link = new LinkInline(autolink.Url, "")
        {
            GetDynamicUrl = () => url,
            Line = autolink.Line,
            Column = autolink.Column,
            Span = autolink.Span,
        };
        // An unknown uid shows as written.
        link.AppendChild(target is null ? new LiteralInline(autolink.Url["xref:".Length..]) : Title(target, autolink));
        autolink.ReplaceBy(link);
    }

    private static XrefTitleInline Title(XrefTarget target, Inline at) =>
        new(target.Uid) { Line = at.Line, Column = at.Column, Span = at.Span };
}
