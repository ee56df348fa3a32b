using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Search;

/// <summary>A page's search entry: its title, TOC headings, summary and rendered body text, as the reader sees them in
/// that language (an untranslated page is found by its default-language text, as it is shown). The pages of a build share
/// their terms' strings, and the terms of a text indexed in several languages (<see cref="SearchTermsCache"/>).</summary>
public sealed class ExtractSearchEntry : EachModule<SearchPage, IndexedPage>
{
    public override IndexedPage Process(SearchPage item, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        var page = item.Page.Page;
        // Breadcrumbs end with the page itself; the one before names its section or the case-study index.
        var meta = page.Breadcrumbs.Count >= 3 ? page.Breadcrumbs[^2].Title : "";
        var headings = page.Toc.SelectMany(t => t.Children.Prepend(t)).Select(t => t.Title).ToList();
        var terms = context.PerBuild(this, () => new SearchTermsCache());
        // Read into a pooled buffer: the body's HTML is needed only until its text is out.
        using var content = page.ContentText.Decode();
        return new IndexedPage(page.Language, new SearchEntry(item.Url, page.Title, meta, page.Summary, headings, HtmlText.Of(content.Span), terms));
    }
}
