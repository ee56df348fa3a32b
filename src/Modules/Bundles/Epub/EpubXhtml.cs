using AngleSharp;
using AngleSharp.Html.Parser;
using AngleSharp.Xhtml;

namespace StatiqGuides.Modules.Bundles.Epub;

/// <summary>Turns rendered HTML into XHTML a reading system parses as XML: parsed as a browser parses it, links
/// rewritten, then serialized by AngleSharp's XHTML formatter (closed void elements, quoted attributes, escaped text).</summary>
public static class EpubXhtml
{
    private static readonly HtmlParser Parser = new();

    public static string Convert(string html, string pageDestination, EpubLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        using var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;
        links.Rewrite(body, pageDestination);
        // Attributes newer than EPUB 3.2's HTML: readers ignore them, and epubcheck rejects them.
        foreach (var element in body.QuerySelectorAll("[loading], [decoding], [fetchpriority]"))
        {
            element.RemoveAttribute("loading");
            element.RemoveAttribute("decoding");
            element.RemoveAttribute("fetchpriority");
        }
        return string.Concat(body.ChildNodes.Select(n => n.ToHtml(XhtmlMarkupFormatter.Instance)));
    }
}
