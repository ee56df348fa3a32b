using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Pages;

/// <summary>Builds the view of every output page: content pages from rendered Markdown, and the listing pages
/// (home, sections, case-study index, tags, hubs) in every language, plus the root language choice and the 404 page. Navigation, TOC and links are all computed here.</summary>
public sealed class ComposePages(string catalogPipeline, string markdownPipeline, string themePipeline) : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        var catalog = context.SharedOf<SiteCatalog>(catalogPipeline);
        var theme = context.SharedOf<Theme>(themePipeline);
        var rendered = context.OutputOf(markdownPipeline).Select(d => d.ContentAs<RenderedContent>()).ToList();
        var settings = catalog.Settings;
        var citations = new CitationIndex(catalog, rendered
            .Where(r => r.Language == settings.DefaultLanguage)
            .ToDictionary(r => r.Item.Uid, StringComparer.Ordinal));
        var related = new RelatedGuides(catalog);
        var urls = new SiteUrls(settings.BaseUrl, LinkStyle.Server);
        var views = settings.Languages.ToDictionary(l => l, l => new ViewFactory(catalog, theme.Strings, theme.Countries, urls, l, settings.Languages, theme.AssetPaths), StringComparer.Ordinal);

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
        foreach (var language in settings.Languages)
        {
            var listings = new ListingPageViews(views[language]);
            pages.Add(listings.Home());
            pages.AddRange(catalog.Sections.Select(listings.Section));
            pages.Add(listings.CaseStudyIndex());
            pages.AddRange(listings.Tags());
            pages.AddRange(catalog.Hubs.Select(listings.Hub));
        }
        pages.Add(new ListingPageViews(views[settings.DefaultLanguage]).LanguageChoice(settings.Languages));
        var rootViews = new ViewFactory(catalog, theme.Strings, theme.Countries, new SiteUrls(settings.BaseUrl, LinkStyle.Absolute), settings.DefaultLanguage, settings.Languages, theme.AssetPaths);
        pages.Add(new ListingPageViews(rootViews).NotFound());

        pages.Sort((a, b) => string.CompareOrdinal(a.Destination, b.Destination));
        return ValueTask.FromResult<IReadOnlyList<Document>>([.. pages.Select(p => new Document(p.Destination, p, p.Destination))]);
    }
}
