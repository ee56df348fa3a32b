using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Bundles.Epub;

/// <summary>What one EPUB holds: a section's guides in one language and the case studies they cite.</summary>
/// <param name="SiteFolder">The offline build the pages and images come from.</param>
public sealed record EpubBook(SiteCatalog Catalog, UiStrings Strings, SiteUrls Online, Section Section, string Language,
    IReadOnlyList<EpubChapter> Guides, IReadOnlyList<EpubChapter> Appendix, string SiteFolder)
{
    private string Default => Catalog.Settings.DefaultLanguage;

    public string SiteTitle => Catalog.Settings.Title.Get(Language, Default);

    public string Title => $"{Section.Title.Get(Language, Default)} – {SiteTitle}";

    public string SectionPath => SitePaths.Section(Language, Section.Id);

    /// <summary>The online address of the section, which names the book for good: the same in every edition.</summary>
    public string Identifier => Online.Absolute(SectionPath);

    public string? Creator => Catalog.HubOf(Section.Id)?.Name.Get(Language, Default);

    public string T(string key) => Strings.GetOrKey(Language, key);

    public IEnumerable<EpubChapter> Chapters => Guides.Concat(Appendix);
}
