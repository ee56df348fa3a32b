namespace StatiqGuides.Modules.Templates.Views;

/// <summary>A notice above a page's content: not yet translated (<c>fallback</c>) or translation out of date (<c>outdated</c>).</summary>
/// <param name="LinkLanguage">The language of the page <paramref name="LinkUrl"/> leads to, for its <c>hreflang</c>.</param>
public sealed record NoticeView(string Kind, string Text, string LinkText, string LinkUrl, string LinkLanguage = "")
{
    /// <summary>For an outdated translation whose version is in the history: the sections of the current source that
    /// changed since, each linking to it there; empty when not known.</summary>
    public IReadOnlyList<NavLink> Sections { get; init; } = [];

    /// <summary>The words before <see cref="Sections"/> ("Changed since: ").</summary>
    public string SectionsText { get; init; } = "";
}
