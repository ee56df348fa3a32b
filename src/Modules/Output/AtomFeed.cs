using System.Globalization;
using System.Xml.Linq;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Output;

/// <summary>An Atom feed of guides and case studies, newest first. Its dates come from content, never from the
/// clock, so that two builds of the same input are identical.</summary>
public static class AtomFeed
{
    private const int MaxEntries = 50;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(SiteCatalog catalog, SiteUrls urls, string language)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(urls);
        var items = catalog.Items
            .Where(i => i.Kind != ContentKind.Page)
            .OrderByDescending(i => i.FrontMatter.Updated ?? DateOnly.MinValue)
            .ThenBy(i => i.Uid, StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToList();
        var newest = items.Select(i => i.FrontMatter.Updated).Max() ?? new DateOnly(2000, 1, 1);
        var title = catalog.Settings.Title.Get(language, catalog.Settings.DefaultLanguage);
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", language),
            new XElement(Atom + "title", title),
            new XElement(Atom + "id", urls.Absolute(SitePaths.Home(language))),
            new XElement(Atom + "link", new XAttribute("href", urls.Absolute(SitePaths.Home(language)))),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", urls.Absolute(SitePaths.Feed(language)))),
            new XElement(Atom + "updated", Timestamp(newest)),
            new XElement(Atom + "author", new XElement(Atom + "name", title)),
            items.Select(item =>
            {
                var translation = catalog.FindTranslation(item.Uid, language);
                var url = urls.Absolute(SitePaths.Of(item, language));
                return new XElement(Atom + "entry",
                    // An untranslated entry is in the default language, and says so.
                    translation is null && language != catalog.Settings.DefaultLanguage
                        ? new XAttribute(XNamespace.Xml + "lang", catalog.Settings.DefaultLanguage)
                        : null,
                    new XElement(Atom + "title", translation?.Title ?? item.Title),
                    new XElement(Atom + "id", url),
                    new XElement(Atom + "link", new XAttribute("href", url)),
                    new XElement(Atom + "updated", Timestamp(item.FrontMatter.Updated ?? newest)),
                    new XElement(Atom + "summary", translation?.Summary ?? item.Summary),
                    item.FrontMatter.Authors.Select(a => new XElement(Atom + "author", new XElement(Atom + "name", a))));
            }));
        return XmlText.Serialize(new XDocument(new XDeclaration("1.0", "utf-8", null), feed));
    }

    private static string Timestamp(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
