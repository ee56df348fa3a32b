using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.Pages;

namespace StatiqGuides.Modules.Bundles.Epub;

/// <summary>An EPUB 3 per section and language, from the all-languages offline build: the section's guides in reading
/// order, then as an appendix the case studies they cite, after a cover with the edition date and the navigation
/// document; images inside, links between its documents kept, every other link going to the online site.</summary>
public static class EpubBuilder
{
    /// <returns>The files written, with their language and section.</returns>
    public static IReadOnlyList<(string File, string Language, string Section)> WriteAll(SiteOutputs all, string outputDirectory, IReadOnlyList<string> languages,
        string folder, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(languages);
        var catalog = all.Catalog;
        var strings = all.Theme.Strings;
        var rendered = all.Markdown
            .ToDictionary(r => (r.Item.Uid, r.Language));
        var sources = rendered.Values.Where(r => r.Language == catalog.Settings.DefaultLanguage).ToDictionary(r => r.Item.Uid, StringComparer.Ordinal);
        var online = new SiteUrls(catalog.Settings.BaseUrl, LinkStyle.Server);
        var written = new List<(string, string, string)>();
        foreach (var language in languages)
        {
            foreach (var section in catalog.Sections)
            {
                var guides = catalog.GuidesOf(section.Id).ToList();
                if (guides.Count == 0) continue;
                var studies = guides.SelectMany(g => CitationIndex.CitedBy(g, sources.GetValueOrDefault(g.Uid), catalog))
                    .Distinct(StringComparer.Ordinal).Select(uid => catalog.Find(uid)!).ToList();
                var chapters = guides.Select(g => new EpubChapter("g-" + g.Slug, $"g-{g.Slug}.xhtml", rendered[(g.Uid, language)])).ToList();
                var appendix = studies.Select(c => new EpubChapter("c-" + c.Slug, $"c-{c.Slug}.xhtml", rendered[(c.Uid, language)])).ToList();
                var book = new EpubBook(catalog, strings, online, section, language, chapters, appendix, outputDirectory);
                var file = Path.Combine(folder, BundleNames.Epub(language, section.Id));
                EpubWriter.Write(book, file, timestamp);
                written.Add((file, language, section.Id));
            }
        }
        return written;
    }
}
