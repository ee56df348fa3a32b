using System.Xml.Linq;
using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Pages;

namespace StatiqGuides.Modules.Output;

/// <summary>sitemap.xml: every page a reader may land on from a search engine, with its alternates in the other languages
/// (not the search page, nor the printable pages that repeat the guides, nor the translation status page, which is for
/// translators).</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static string Write(IEnumerable<ComposedPage> pages, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var entries = pages
            .Where(p => p.Page.Layout is not ("404" or "404-root" or "language-choice" or "search" or "section-print" or "translation-status"))
            .OrderBy(p => p.Destination, StringComparer.Ordinal)
            .Select(p => new XElement(Ns + "url",
                new XElement(Ns + "loc", urls.Absolute(p.Destination)),
                p.Page.UpdatedIso is { } updated ? new XElement(Ns + "lastmod", updated) : null,
                p.Page.Alternates.Count > 2
                    ? p.Page.Alternates.Select(a => new XElement(Xhtml + "link",
                        new XAttribute("rel", "alternate"), new XAttribute("hreflang", a.Hreflang), new XAttribute("href", a.Href)))
                    : null));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), entries));
        return XmlText.Serialize(document);
    }
}
