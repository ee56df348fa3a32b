using System.Xml;
using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Pages;

namespace StatiqGuides.Modules.Output;

/// <summary>sitemap.xml: every page a reader may land on from a search engine, with its alternates in the other languages
/// (not the search page, nor the printable pages that repeat the guides, nor the translation status page, which is for
/// translators).</summary>
/// <remarks>Written element by element: at 5,000 guides the sitemap lists about 19,000 pages and 57,000 alternates, and
/// built as a tree first it was the largest short-lived allocation of a build.</remarks>
public static class Sitemap
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static string Write(IEnumerable<ComposedPage> pages, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var entries = pages
            .Where(p => p.Page.Layout is not ("404" or "404-root" or "language-choice" or "search" or "section-print" or "translation-status"))
            .OrderBy(p => p.Destination, StringComparer.Ordinal);
        return XmlText.Write(writer =>
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("", "urlset", Ns);
            writer.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            foreach (var page in entries) Entry(writer, page, urls);
            writer.WriteEndElement();
            writer.WriteEndDocument();
        });
    }

    private static void Entry(XmlWriter writer, ComposedPage page, SiteUrls urls)
    {
        writer.WriteStartElement("", "url", Ns);
        writer.WriteElementString("loc", Ns, urls.Absolute(page.Destination));
        if (page.Page.UpdatedIso is { } updated) writer.WriteElementString("lastmod", Ns, updated);
        // A page in one language has no alternates to list; the view always names the page itself and x-default.
        if (page.Page.Alternates.Count > 2)
        {
            foreach (var alternate in page.Page.Alternates)
            {
                writer.WriteStartElement("xhtml", "link", Xhtml);
                writer.WriteAttributeString("rel", "alternate");
                writer.WriteAttributeString("hreflang", alternate.Hreflang);
                writer.WriteAttributeString("href", alternate.Href);
                writer.WriteEndElement();
            }
        }
        writer.WriteEndElement();
    }
}
