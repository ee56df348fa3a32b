namespace StatiqGuides.Modules.Templates;

/// <summary>The UI strings the C# side uses (page titles, notices, dates); the default language must define them all.</summary>
public static class RequiredUiStrings
{
    public static IReadOnlyList<string> Keys { get; } =
    [
        "nav.home", "nav.case_studies", "date.format", "home.intro", "case_studies.intro",
        "case_studies.other", "tags.title", "notfound.title", "notfound.text", "languages.choose",
        "filters.theme", "filters.region", "filters.country", "filters.year",
        "notice.fallback", "notice.contribute", "notice.outdated", "notice.read_source",
        "notice.outdated_sections", "notice.changed_sections",
        "alert.note", "alert.tip", "alert.important", "alert.warning", "alert.caution",
    ];
}
