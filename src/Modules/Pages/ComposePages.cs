using System.Collections.Immutable;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Markdown;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Pages;

/// <summary>Builds the view of every output page: content pages from rendered Markdown, and the listing pages
/// (home, sections, case-study index, tags, hubs) in every language, plus the root language choice and the 404 page. Navigation, TOC and links are all computed here.</summary>
/// <remarks>In a build session a page is composed again only when what it shows changed: a content page when its own
/// rendering, its translation status or (a case study) the guides citing it changed; listings when any front matter did.</remarks>
public sealed class ComposePages(string catalogPipeline, string markdownPipeline, string themePipeline, string? fingerprintPipeline = null) : IModule
{
    public const string CacheScope = "pages";

    /// <summary>The metadata key of each page's cache key, which <see cref="RenderLayouts"/> keys its output by.</summary>
    public const string KeyMetadata = "sg.page-key";

    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        var catalog = context.SharedOf<SiteCatalog>(catalogPipeline);
        var theme = context.SharedOf<Theme>(themePipeline);
        var markdown = context.OutputOf(markdownPipeline);
        var rendered = markdown.Select(d => d.ContentAs<RenderedContent>()).ToList();
        var fingerprint = fingerprintPipeline is null || context.Cache is null ? null : context.SharedOf<ContentFingerprint>(fingerprintPipeline);
        var settings = catalog.Settings;
        var citations = new CitationIndex(catalog, rendered
            .Where(r => r.Language == settings.DefaultLanguage)
            .ToDictionary(r => r.Item.Uid, StringComparer.Ordinal));
        var related = new RelatedGuides(catalog);
        var urls = new SiteUrls(settings.BaseUrl, LinkStyle.Server);
        var views = settings.Languages.ToDictionary(l => l, l => new ViewFactory(catalog, theme.Strings, theme.Countries, urls, l, settings.Languages, theme.AssetPaths), StringComparer.Ordinal);

        var composed = new (ComposedPage Page, string? Key)[rendered.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = context.MaxParallelism };
        Parallel.For(0, rendered.Count, options, i =>
        {
            var body = rendered[i];
            ComposedPage Compose()
            {
                var contentPages = new ContentPageViews(views[body.Language], citations, related, context.Options.InputDirectory);
                return body.Item.Kind switch
                {
                    ContentKind.Guide => contentPages.Guide(body),
                    ContentKind.CaseStudy => contentPages.CaseStudy(body),
                    _ => contentPages.Plain(body),
                };
            }
            if (fingerprint is null || markdown[i].Metadata.GetValueOrDefault(RenderMarkdown.KeyMetadata) is not string markdownKey)
            {
                composed[i] = (Compose(), null);
                return;
            }
            var citing = body.Item.Kind == ContentKind.CaseStudy ? string.Join(',', citations.GuidesCiting(body.Localized.Source.Uid).Select(g => g.Uid)) : "";
            var key = $"content|{markdownKey}|{body.Localized.Status}|{citing}";
            composed[i] = (context.Memo(CacheScope, key, _ => Compose()), key);
        });
        var pages = new List<(ComposedPage Page, string? Key)>(composed);
        foreach (var language in settings.Languages)
        {
            pages.AddRange(Keyed(context, fingerprint, $"listings|{language}", () =>
            {
                var listings = new ListingPageViews(views[language]);
                List<ComposedPage> list = [listings.Home(), .. catalog.Sections.Select(listings.Section), listings.CaseStudyIndex(), .. listings.Tags(), .. catalog.Hubs.Select(listings.Hub)];
                return list;
            }));
        }
        pages.AddRange(Keyed(context, fingerprint, "root", () =>
        {
            var rootViews = new ViewFactory(catalog, theme.Strings, theme.Countries, new SiteUrls(settings.BaseUrl, LinkStyle.Absolute), settings.DefaultLanguage, settings.Languages, theme.AssetPaths);
            return [new ListingPageViews(views[settings.DefaultLanguage]).LanguageChoice(settings.Languages), new ListingPageViews(rootViews).NotFound()];
        }));

        pages.Sort((a, b) => string.CompareOrdinal(a.Page.Destination, b.Page.Destination));
        return ValueTask.FromResult<IReadOnlyList<Document>>([.. pages.Select(p => p.Key is null
            ? new Document(p.Page.Destination, p.Page, p.Page.Destination)
            : new Document(p.Page.Destination, p.Page, p.Page.Destination, ImmutableSortedDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal).SetItem(KeyMetadata, p.Key)))]);
    }

    /// <summary>Listing pages show only front matter, so in a session they are kept while the content's shape is the same.</summary>
    private static IEnumerable<(ComposedPage Page, string? Key)> Keyed(BuildContext context, ContentFingerprint? fingerprint, string name, Func<IReadOnlyList<ComposedPage>> compose)
    {
        if (fingerprint is null) return compose().Select(p => (p, (string?)null));
        var key = $"{name}|{fingerprint.Shape}";
        return context.Memo(CacheScope, key, _ => compose()).Select(p => (p, (string?)$"{key}|{p.Destination}"));
    }
}
