using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Markdown.Links;

namespace StatiqGuides.Modules.Markdown.LinkResolution;

/// <summary>The link-resolution pass over a parsed page: relative links to <c>.md</c> files and to assets lead to their
/// output URLs, site-absolute links are reported (and made relative offline), and <c>javascript:</c> and other URLs
/// outside the allow-list are reported and neutralised, each where it is written. <c>xref:</c> links are the xref
/// extension's.</summary>
/// <remarks>A link keeps the URL as written, which content checks quote; the renderer writes the resolved one
/// (<see cref="LinkInline.GetDynamicUrl"/>).</remarks>
public static class MarkdownLinks
{
    public static void Resolve(MarkdownDocument document, PageLinkContext page)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(page);
        var embeds = new ForeignEmbeds(page);
        foreach (var inline in MarkdownTree.Inlines<Inline>(document))
        {
            switch (inline)
            {
                case LinkInline link:
                    ResolveLink(link, page, embeds);
                    break;
                case AutolinkInline autolink when PageLinkContext.IsXref(autolink.Url):
                    break;
                case AutolinkInline autolink when UnsafeUrls.IsScript(autolink.Url):
                    page.Diagnostics.Report(DiagnosticCodes.UnsafeJavascriptUrl, page.Location(autolink.Line, autolink.Column));
                    autolink.Url = "#";
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !UrlPolicy.IsAllowed(autolink.Url, isImage: false):
                    page.Diagnostics.Report(DiagnosticCodes.DisallowedUrl, page.Location(autolink.Line, autolink.Column), autolink.Url, "href");
                    autolink.Url = "#";
                    break;
            }
        }
    }

    private static void ResolveLink(LinkInline link, PageLinkContext page, ForeignEmbeds embeds)
    {
        var url = link.Url;
        if (string.IsNullOrEmpty(url) || url.StartsWith('#') || PageLinkContext.IsXref(url)) return;
        var location = page.Location(link.Line, link.Column);
        string? resolved;
        if (UnsafeUrls.IsScript(url))
        {
            page.Diagnostics.Report(DiagnosticCodes.UnsafeJavascriptUrl, location);
            resolved = "#";
        }
        else if (!UrlPolicy.IsAllowed(url, link.IsImage))
        {
            page.Diagnostics.Report(DiagnosticCodes.DisallowedUrl, location, url.Length <= 80 ? url : url[..77] + "...", link.IsImage ? "src" : "href");
            resolved = "#";
        }
        else if (link.IsImage && ForeignUrls.IsForeign(url))
        {
            embeds.RewriteImage(link, location);
            return;
        }
        else if (PageLinkContext.IsSiteAbsolute(url))
        {
            resolved = page.SiteAbsolute(url, location);
        }
        else if (page.Offline && url.StartsWith("//", StringComparison.Ordinal))
        {
            // From file:// a protocol-relative link names a file on disk.
            resolved = "https:" + url;
        }
        else if (UnsafeUrls.HasScheme(url))
        {
            return;
        }
        else
        {
            resolved = page.ResolveRelative(url, location);
        }
        if (resolved is not null && resolved != url) link.GetDynamicUrl = () => resolved;
    }
}
