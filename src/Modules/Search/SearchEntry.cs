using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Search;

/// <summary>One page as the search index sees it: what a result shows, and the page's terms.</summary>
/// <remarks>The body is read once, for its terms and its excerpt, and not kept: a build session keeps every page's
/// entry between builds, and the plain text of every page was a large part of what it held.</remarks>
public sealed class SearchEntry
{
    /// <param name="url">The page's link from the search page.</param>
    /// <param name="meta">A short line under the result's title: the guide's section, or "Case studies".</param>
    /// <param name="body">The body as plain text.</param>
    /// <param name="pool">The build's terms, which this entry's share their strings with; null for strings of its own.</param>
    public SearchEntry(string url, string title, string meta, string summary, IReadOnlyList<string> headings, string body, StringPool? pool = null)
        : this(url, title, meta, summary, headings, body, SearchIndexWriter.TermsOf(title, headings, summary, body, pool))
    {
    }

    /// <param name="terms">The build's terms of each distinct text: a page indexed with a text another page has is not
    /// folded again.</param>
    public SearchEntry(string url, string title, string meta, string summary, IReadOnlyList<string> headings, string body, SearchTermsCache terms)
        : this(url, title, meta, summary, headings, body, (terms ?? throw new ArgumentNullException(nameof(terms))).TermsOf(title, headings, summary, body))
    {
    }

    private SearchEntry(string url, string title, string meta, string summary, IReadOnlyList<string> headings, string body,
        IReadOnlyList<KeyValuePair<string, int>> terms)
    {
        ArgumentNullException.ThrowIfNull(body);
        Url = url;
        Title = title;
        Meta = meta;
        Summary = summary;
        Headings = headings;
        Excerpt = SearchIndexWriter.Excerpt(body);
        Terms = terms;
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
