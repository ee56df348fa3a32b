namespace StatiqGuides.Tests.Accessibility;

/// <summary>One page of every kind the theme renders, as paths of the built real site (and of the sample host for the
/// generic listing of a registered kind).</summary>
public static class PageKinds
{
    public static readonly string[] Languages = ["en", "fr", "es"];

    /// <summary>The page kinds of one language; the search page twice, empty and showing results (search.js, with a
    /// query every language's index holds).</summary>
    public static readonly string[] PerLanguage =
    [
        "index.html", "guides/websites/", "guides/websites/accessible-websites/", "guides/websites/website-essentials/",
        "guides/websites/print/", "case-studies/", "case-studies/kenya-hansard-digitisation/", "tags/accessibility/",
        "hubs/hub-websites/", "search/", "search/?q=parl", "about/", "downloads/", "404.html",
    ];

    /// <summary>Pages outside the languages: the language choice (kept on screen by <c>#choose</c>) and the root 404
    /// page as a host sends it for a missing path of each language and of none; the translation status page.</summary>
    public static readonly string[] Root = ["index.html#choose", "nowhere/", "en/nowhere/", "fr/nowhere/", "es/nowhere/", "translation-status/"];

    public static IReadOnlyList<string> All =>
        [.. Languages.SelectMany(language => PerLanguage.Select(page => $"{language}/{page}")), .. Root];

    /// <summary>The sample host's registered kind: its listing (the theme's generic listing.liquid) and a page.</summary>
    public static readonly string[] Sample = ["en/toolkits/", "en/toolkits/publishing-checklist/"];
}
