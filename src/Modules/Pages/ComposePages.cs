using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Pages;

/// <summary>Builds the view of every output page: content pages from rendered Markdown, and the listing pages
/// (home, sections and their printable pages, search, case-study index, tags, hubs) in every language
/// (in an offline bundle, every language it carries), plus the root language choice and the 404 page. Navigation, TOC and links are all computed here.</summary>
public sealed class ComposePages(string catalogPipeline, string markdownPipeline, string themePipeline) : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        var catalog = context.SharedOf<SiteCatalog>(catalogPipeline);
        var theme = context.SharedOf<Theme>(themePipeline);
        var rendered = context.OutputOf(markdownPipeline).Select(d => d.ContentAs<RenderedContent>()).ToList();
        var settings = catalog.Settings;
        var sources = rendered
            .Where(r => r.Language == settings.DefaultLanguage)
            .ToDictionary(r => r.Item.Uid, StringComparer.Ordinal);
        var citations = new CitationIndex(catalog, sources);
        var related = new RelatedGuides(catalog, g => CitationIndex.CitedBy(g, sources.GetValueOrDefault(g.Uid), catalog));
        var urls = SiteUrls.For(context.Options, settings);
        var edition = context.Options.Offline is null ? null : catalog.LatestUpdate;
        var views = settings.Languages.ToDictionary(l => l, l => new ViewFactory(catalog, theme.Strings, theme.Countries, urls, l, settings.Languages, edition), StringComparer.Ordinal);
        // Every language is rendered, so a bundle reports what build reports; only the carried ones become pages.
        var carried = settings.Languages.Where(context.Options.Carries).ToList();
        var byPage = rendered.ToDictionary(r => (r.Item.Uid, r.Language));
        rendered = [.. rendered.Where(r => context.Options.Carries(r.Language))];

        var composed = new ComposedPage[rendered.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = context.MaxParallelism };
        Parallel.For(0, rendered.Count, options, i =>
        {
            var body = rendered[i];
            var contentPages = new ContentPageViews(views[body.Language], citations, related, context.Options.InputDirectory);
            composed[i] = body.Item.Kind switch
            {
                ContentKind.Guide => contentPages.Guide(body),
                ContentKind.CaseStudy => contentPages.CaseStudy(body),
                _ => contentPages.Plain(body),
            };
        });
        var pages = new List<ComposedPage>(composed);
        foreach (var language in carried)
        {
            var listings = new ListingPageViews(views[language]);
            pages.Add(listings.Home());
            pages.AddRange(catalog.Sections.Select(listings.Section));
            pages.AddRange(catalog.Sections.Select(s => listings.SectionPrint(s, uid => byPage[(uid, language)])));
            pages.Add(listings.Search());
            pages.Add(listings.CaseStudyIndex());
            pages.AddRange(listings.Tags());
            pages.AddRange(catalog.Hubs.Select(listings.Hub));
        }
        // In a one-language bundle the root page speaks the bundle's language, whose pages it links offline.
        var rootLanguage = carried.Contains(settings.DefaultLanguage) ? settings.DefaultLanguage : carried.FirstOrDefault() ?? settings.DefaultLanguage;
        pages.Add(new ListingPageViews(views[rootLanguage]).LanguageChoice(settings.Languages));
        // A web server serves the 404 page at any depth; a bundle opened from disk has no use for it.
        if (context.Options.Offline is null)
        {
            var rootViews = new ViewFactory(catalog, theme.Strings, theme.Countries, new SiteUrls(settings.BaseUrl, LinkStyle.Absolute), settings.DefaultLanguage, settings.Languages);
            pages.Add(new ListingPageViews(rootViews).NotFound());
        }

        pages.Sort((a, b) => string.CompareOrdinal(a.Destination, b.Destination));
        return ValueTask.FromResult<IReadOnlyList<Document>>([.. pages.Select(p => new Document(p.Destination, p, p.Destination))]);
    }
}
