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
    IReadOnlyList<NavLink> Pages)
{
    /// <summary>The search page of the page's language: the header's search form submits to it.</summary>
    public string SearchUrl { get; init; } = "";

    public string SearchScriptUrl { get; init; } = "";

    /// <summary>The script that holds the search index of the page's language.</summary>
    public string SearchIndexUrl { get; init; } = "";

    public string FiltersScriptUrl { get; init; } = "";

    /// <summary>The root 404 page's script, which shows the message in the missing path's language.</summary>
    public string NotFoundScriptUrl { get; init; } = "";

    /// <summary>In an offline bundle, the edition date (the latest content update), formatted for the page's language; else null.</summary>
    public string? EditionText { get; init; }

    public string? EditionIso { get; init; }

    /// <summary>True in an offline bundle: the footer offers the update section of the download page, not the date.</summary>
    public bool IsOffline { get; init; }

    /// <summary>The download page (input/pages/downloads.md) in the page's language; null when the site has none.</summary>
    public string? DownloadsUrl { get; init; }

    public string? DownloadsTitle { get; init; }

    /// <summary>In a bundle, the download page's section on updating this copy.</summary>
    public string? UpdateUrl { get; init; }
}
