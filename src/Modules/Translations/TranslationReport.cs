using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Translations.Diff;

namespace StatiqGuides.Modules.Translations;

/// <summary>The status of every translation of every guide, case study and page (SPEC §3 <c>translations</c>).</summary>
public sealed record TranslationReport(IReadOnlyList<string> Languages, IReadOnlyList<TranslationReportItem> Items)
{
    public int Count(string language, TranslationStatus status) =>
        Items.Count(i => i.Translations[language].Status == status);

    /// <summary>Builds the report from the catalog, for the site's languages other than the default, or only <paramref name="only"/>.</summary>
    /// <param name="changes">Counts the blocks changed since an outdated translation (from history); null when unknown.</param>
    /// <param name="filter">Keeps only the items of one section or hub.</param>
    public static TranslationReport Build(SiteCatalog catalog, Func<string, string> displayPath, IReadOnlyCollection<string>? only = null,
        Func<ContentItem, ContentItem, ChangeCounts?>? changes = null, ReportFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(displayPath);
        var languages = catalog.Settings.Languages
            .Where(l => l != catalog.Settings.DefaultLanguage && (only is null || only.Count == 0 || only.Contains(l)))
            .ToList();
        var items = catalog.Items
            .OrderBy(i => i.Kind)
            .ThenBy(i => i.Uid, StringComparer.Ordinal)
            .Where(i => filter is null || filter.Keeps(catalog, i))
            .Select(source => new TranslationReportItem(
                source.Uid,
                KindName(source.Kind),
                displayPath(source.FullPath),
                languages.ToDictionary(l => l, l =>
                {
                    var localized = catalog.Localize(source, l);
                    var counts = localized.Status == TranslationStatus.Outdated && changes is not null ? changes(source, localized.Translation!) : null;
                    return new TranslationState(localized.Status, localized.Translation is { } t ? displayPath(t.FullPath) : null) { Changes = counts };
                }, StringComparer.Ordinal))
            {
                Section = SectionOf(catalog, source),
                Hub = SectionOf(catalog, source) is { } section ? catalog.HubOf(section)?.Id : null,
            })
            .ToList();
        return new TranslationReport(languages, items);
    }

    /// <summary>A guide's section; a case study's first theme; none for a page.</summary>
    public static string? SectionOf(SiteCatalog catalog, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(item);
        if (item.Kind == ContentKind.Guide) return item.SectionId;
        return item.Kind == ContentKind.CaseStudy
            ? item.FrontMatter.Themes.Select(t => t.Value).FirstOrDefault(t => catalog.FindSection(t) is not null)
            : null;
    }

    public static string KindName(ContentKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind.Id;
    }
}

/// <param name="Source">The default-language file, relative to the current directory.</param>
public sealed record TranslationReportItem(string Uid, string Kind, string Source, IReadOnlyDictionary<string, TranslationState> Translations)
{
    /// <summary>The section the item belongs to (a case study: its first theme); null for pages.</summary>
    public string? Section { get; init; }

    /// <summary>The hub maintaining <see cref="Section"/>.</summary>
    public string? Hub { get; init; }
}

/// <param name="File">The translation file, or null when it is missing.</param>
public sealed record TranslationState(TranslationStatus Status, string? File)
{
    /// <summary>For an outdated translation whose version is in the history: how many blocks changed.</summary>
    public ChangeCounts? Changes { get; init; }

    public string StatusName => Status switch
    {
        TranslationStatus.Current => "current",
        TranslationStatus.Outdated => "outdated",
        TranslationStatus.Untranslated => "untranslated",
        _ => "missing",
    };
}
