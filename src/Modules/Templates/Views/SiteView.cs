namespace StatiqGuides.Modules.Templates.Views;

/// <summary>What every page shows about the site: its title, navigation and asset links, all relative to the page.</summary>
public sealed record SiteView(
    string Title,
    string HomeUrl,
    string CaseStudiesUrl,
    string FeedUrl,
    string StylesheetUrl,
    string PrintStylesheetUrl,
    string ScriptUrl,
    string LanguageScriptUrl,
    string LanguageChoiceUrl,
    IReadOnlyList<NavLink> Sections,
    IReadOnlyList<NavLink> Pages);
