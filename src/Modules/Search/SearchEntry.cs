namespace StatiqGuides.Modules.Search;

/// <summary>One page as the search index sees it.</summary>
/// <param name="Url">The page's link from the search page.</param>
/// <param name="Meta">A short line under the result's title: the guide's section, or "Case studies".</param>
/// <param name="Body">The body as plain text.</param>
public sealed record SearchEntry(string Url, string Title, string Meta, string Summary, IReadOnlyList<string> Headings, string Body)
{
    /// <summary>Each distinct folded term with the fields it occurs in (<see cref="SearchIndexWriter.TitleField"/>, ...),
    /// in first-seen order. Computed once per entry: folding every word is the costly part of writing an index, and a
    /// build session keeps entries between builds.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Terms { get; } = SearchIndexWriter.TermsOf(Title, Headings, Summary, Body);
}
