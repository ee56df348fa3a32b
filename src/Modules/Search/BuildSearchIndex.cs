using System.Collections.Frozen;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Pages;

namespace StatiqGuides.Modules.Search;

/// <summary>Writes each language's search index (<c>&lt;lang&gt;/search/search-index.js</c> and its shards, see
/// <see cref="SearchIndexWriter"/>) from the composed guide,
/// case-study and plain pages: their title, TOC headings, summary and rendered body, as the reader sees them in
/// that language (an untranslated page is found by its default-language text, as it is shown).</summary>
public sealed class BuildSearchIndex(string catalogPipeline, string pagesPipeline) : IModule
{
    public const string CacheScope = "search";

    private static readonly FrozenSet<string> IndexedLayouts = new[] { "guide", "case-study", "page" }.ToFrozenSet(StringComparer.Ordinal);

    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        var settings = context.SharedOf<SiteCatalog>(catalogPipeline).Settings;
        var urls = SiteUrls.For(context.Options, settings);
        var documentsOfPages = context.OutputOf(pagesPipeline)
            .Where(d => IndexedLayouts.Contains(d.ContentAs<ComposedPage>().Page.Layout)).ToList();
        var pages = documentsOfPages.Select(d => d.ContentAs<ComposedPage>()).ToList();
        var entries = new SearchEntry[pages.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = context.MaxParallelism };
        // In a build session a page's entry is kept while the page is: extracting the text of every body is the costly part.
        Parallel.For(0, pages.Count, options, i => entries[i] =
            context.Cache is not null && documentsOfPages[i].Metadata.GetValueOrDefault(ComposePages.KeyMetadata) is string key
                ? context.Memo(CacheScope, key, _ => EntryOf(pages[i], urls))
                : EntryOf(pages[i], urls));

        // One index per language, written side by side: merging every page's postings is the costly part left.
        var languages = settings.Languages.Where(context.Options.Carries).ToList();
        var files = new Document[languages.Count][];
        Parallel.For(0, languages.Count, options, l =>
        {
            var language = languages[l];
            var inLanguage = entries.Where((_, i) => pages[i].Page.Language == language).ToList();
            var folder = SitePaths.SearchFolder(language);
            files[l] = [.. SearchIndexWriter.Write(language, inLanguage).Select(file =>
            {
                var path = folder + file.Key;
                return new Document(path, OutputFile.FromText(path, file.Value), path);
            })];
        });
        return ValueTask.FromResult<IReadOnlyList<Document>>([.. files.SelectMany(f => f)]);
    }

    private static SearchEntry EntryOf(ComposedPage composed, SiteUrls urls)
    {
        var page = composed.Page;
        // Breadcrumbs end with the page itself; the one before names its section or the case-study index.
        var meta = page.Breadcrumbs.Count >= 3 ? page.Breadcrumbs[^2].Title : "";
        var headings = page.Toc.SelectMany(t => t.Children.Prepend(t)).Select(t => t.Title).ToList();
        return new SearchEntry(urls.Relative(SitePaths.Search(page.Language), composed.Destination),
            page.Title, meta, page.Summary, headings, HtmlText.Of(page.Content));
    }
}
