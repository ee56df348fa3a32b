using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Pages;

/// <summary>Builds the view of every output page: content pages from rendered Markdown, and the listing pages
/// (home, sections, case-study index, tags, hubs, 404). Navigation, TOC and links are all computed here.</summary>
public sealed class ComposePages(string catalogPipeline, string markdownPipeline, string themePipeline) : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        var catalog = context.SharedOf<SiteCatalog>(catalogPipeline);
        var theme = context.SharedOf<Theme>(themePipeline);
        var rendered = context.OutputOf(markdownPipeline).Select(d => d.ContentAs<RenderedContent>())
            .ToDictionary(r => r.Item.Uid, StringComparer.Ordinal);
        var citations = new CitationIndex(catalog, rendered);
        var language = catalog.Settings.DefaultLanguage;
        IReadOnlyList<string> built = [language];
        var views = new ViewFactory(catalog, theme.Strings, new SiteUrls(catalog.Settings.BaseUrl, LinkStyle.Server), language, built);
        var contentPages = new ContentPageViews(views, citations, new RelatedGuides(catalog), context.Options.InputDirectory);
        var listings = new ListingPageViews(views);

        var bodies = rendered.Values.ToList();
        var composed = new ComposedPage[bodies.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = context.MaxParallelism };
        Parallel.For(0, bodies.Count, options, i => composed[i] = bodies[i].Item.Kind switch
        {
            ContentKind.Guide => contentPages.Guide(bodies[i]),
            ContentKind.CaseStudy => contentPages.CaseStudy(bodies[i]),
            _ => contentPages.Plain(bodies[i]),
        });
        var pages = new List<ComposedPage>(composed);
        pages.Add(listings.LanguageChoice(built));
        pages.Add(listings.Home());
        pages.AddRange(catalog.Sections.Select(listings.Section));
        pages.Add(listings.CaseStudyIndex());
        pages.AddRange(listings.Tags());
        pages.AddRange(catalog.Hubs.Select(listings.Hub));
        var rootViews = new ViewFactory(catalog, theme.Strings, new SiteUrls(catalog.Settings.BaseUrl, LinkStyle.Absolute), language, built);
        pages.Add(new ListingPageViews(rootViews).NotFound());

        pages.Sort((a, b) => string.CompareOrdinal(a.Destination, b.Destination));
        return ValueTask.FromResult<IReadOnlyList<Document>>([.. pages.Select(p => new Document(p.Destination, p, p.Destination))]);
    }
}
