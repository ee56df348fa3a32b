using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Translations;

/// <summary>The status of every translation of every guide, case study and page (SPEC §3 <c>translations</c>).</summary>
public sealed record TranslationReport(IReadOnlyList<string> Languages, IReadOnlyList<TranslationReportItem> Items)
{
    public int Count(string language, TranslationStatus status) =>
        Items.Count(i => i.Translations[language].Status == status);

    /// <summary>Builds the report from the catalog, for the site's languages other than the default, or only <paramref name="only"/>.</summary>
    public static TranslationReport Build(SiteCatalog catalog, Func<string, string> displayPath, IReadOnlyCollection<string>? only = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(displayPath);
        var languages = catalog.Settings.Languages
            .Where(l => l != catalog.Settings.DefaultLanguage && (only is null || only.Count == 0 || only.Contains(l)))
            .ToList();
        var items = catalog.Items
            .OrderBy(i => i.Kind)
            .ThenBy(i => i.Uid, StringComparer.Ordinal)
            .Select(source => new TranslationReportItem(
                source.Uid,
                KindName(source.Kind),
                displayPath(source.FullPath),
                languages.ToDictionary(l => l, l =>
                {
                    var localized = catalog.Localize(source, l);
                    return new TranslationState(localized.Status, localized.Translation is { } t ? displayPath(t.FullPath) : null);
                }, StringComparer.Ordinal)))
            .ToList();
        return new TranslationReport(languages, items);
    }

    public static string KindName(ContentKind kind) => kind switch
    {
        ContentKind.Guide => "guide",
        ContentKind.CaseStudy => "case-study",
        _ => "page",
    };
}

/// <param name="Source">The default-language file, relative to the current directory.</param>
public sealed record TranslationReportItem(string Uid, string Kind, string Source, IReadOnlyDictionary<string, TranslationState> Translations);

/// <param name="File">The translation file, or null when it is missing.</param>
public sealed record TranslationState(TranslationStatus Status, string? File)
{
    public string StatusName => Status switch
    {
        TranslationStatus.Current => "current",
        TranslationStatus.Outdated => "outdated",
        TranslationStatus.Untranslated => "untranslated",
        _ => "missing",
    };
}
