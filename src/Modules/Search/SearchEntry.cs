namespace StatiqGuides.Modules.Search;

/// <summary>One page as the search index sees it: what a result shows, and the page's terms.</summary>
/// <remarks>The body is read once, for its terms and its excerpt, and not kept: a build session keeps every page's
/// entry between builds, and the plain text of every page was a large part of what it held.</remarks>
public sealed class SearchEntry
{
    /// <param name="url">The page's link from the search page.</param>
    /// <param name="meta">A short line under the result's title: the guide's section, or "Case studies".</param>
    /// <param name="body">The body as plain text.</param>
    /// <param name="terms">The build's terms of each distinct text, whose strings this entry's share: a page indexed with
    /// a text another page has is not folded again.</param>
    public SearchEntry(string url, string title, string meta, string summary, IReadOnlyList<string> headings, string body, SearchTermsCache terms)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(terms);
        Url = url;
        Title = title;
        Meta = meta;
        Summary = summary;
        Headings = headings;
        Excerpt = SearchIndexWriter.Excerpt(body);
        Terms = terms.TermsOf(title, headings, summary, body);
    }

    public string Url { get; }

    public string Title { get; }

    public string Meta { get; }

    public string Summary { get; }

    public IReadOnlyList<string> Headings { get; }

    /// <summary>The start of the body, cut at a word boundary: the text a result's snippet is found in.</summary>
    public string Excerpt { get; }

    /// <summary>Each distinct folded term with the fields it occurs in (<see cref="SearchIndexWriter.TitleField"/>, ...),
    /// in first-seen order. Computed once per entry: folding every word is the costly part of writing an index.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Terms { get; }
}
