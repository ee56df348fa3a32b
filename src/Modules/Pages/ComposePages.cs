using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Bundles;
using StatiqGuides.Modules.Markdown;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Pages;

/// <summary>Builds the view of every output page: content pages from rendered Markdown, and the listing pages
/// (home, sections and their printable pages, search, case-study index, tags, hubs) in every language
/// (in an offline bundle, every language it carries), plus the root language choice and the 404 page. Navigation, TOC and links are all computed here.</summary>
/// <remarks>In a build session a page is composed again only when what it shows changed: a content page when its own
/// rendering, its translation status or (a case study) the guides citing it changed; a section's printable page when
/// one of its guides' renderings did; other listings when any front matter did.</remarks>
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
        var fingerprint = fingerprintPipeline is null || context.Cache is null ? null : context.SharedOf<ContentFingerprint>(fingerprintPipeline);
        var settings = catalog.Settings;
        var all = markdown.Select(d => (Body: d.ContentAs<RenderedContent>(), Key: d.Metadata.GetValueOrDefault(RenderMarkdown.KeyMetadata) as string)).ToList();
        var sources = all.Select(r => r.Body)
            .Where(r => r.Language == settings.DefaultLanguage)
            .ToDictionary(r => r.Item.Uid, StringComparer.Ordinal);
        var citations = new CitationIndex(catalog, sources);
        var related = new RelatedGuides(catalog, g => CitationIndex.CitedBy(g, sources.GetValueOrDefault(g.Uid), catalog));
        var urls = SiteUrls.For(context.Options, settings);
        var edition = context.Options.Offline is null ? null : catalog.LatestUpdate;
        // Online, the download page lists what bundle published into output/downloads/, which build keeps (WriteSite).
        var downloads = context.Options.Offline is null
            ? DownloadsIndex.Read(Path.Combine(context.Options.OutputDirectory, DownloadsIndex.SiteFolder))
            : null;
        var epubs = context.Options.Offline?.LinksEpubs ?? false;
        var views = settings.Languages.ToDictionary(l => l,
            l => new ViewFactory(catalog, theme.Strings, theme.Countries, urls, l, settings.Languages, theme.AssetPaths, edition, downloads, epubs), StringComparer.Ordinal);
        // Every language is rendered, so a bundle reports what build reports; only the carried ones become pages.
        var carried = settings.Languages.Where(context.Options.Carries).ToList();
        var byPage = all.ToDictionary(r => (r.Body.Item.Uid, r.Body.Language));
        var rendered = all.Where(r => context.Options.Carries(r.Body.Language)).ToList();

        var composed = new (ComposedPage Page, string? Key)[rendered.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = context.MaxParallelism };
        Parallel.For(0, rendered.Count, options, i =>
        {
            var (body, markdownKey) = rendered[i];
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
            if (fingerprint is null || markdownKey is null)
            {
                composed[i] = (Compose(), null);
                return;
            }
            // A case study lists the guides citing it; a guide its related guides, which other guides' bodies can change.
            var others = body.Item.Kind switch
            {
                ContentKind.CaseStudy => string.Join(',', citations.GuidesCiting(body.Localized.Source.Uid).Select(g => g.Uid)),
                ContentKind.Guide => string.Join(',', related.For(body.Item).Select(g => g.Uid)),
                _ => "",
            };
            var key = $"content|{markdownKey}|{body.Localized.Status}|{others}";
            composed[i] = (context.Memo(CacheScope, key, _ => Compose()), key);
        });
        var pages = new List<(ComposedPage Page, string? Key)>(composed);
        foreach (var language in carried)
        {
            var listings = new ListingPageViews(views[language]);
            pages.AddRange(Keyed(context, fingerprint, $"listings|{language}", () =>
                [listings.Home(), .. catalog.Sections.Select(listings.Section), listings.Search(), listings.CaseStudyIndex(), .. listings.Tags(), .. catalog.Hubs.Select(listings.Hub)]));
            foreach (var section in catalog.Sections)
            {
                // A printable page shows its guides' bodies: it is kept while each of their renderings is.
                var name = fingerprint is null ? "" : $"print|{language}|{section.Id}|{KeyOf(catalog.GuidesOf(section.Id).Select(g => byPage[(g.Uid, language)].Key))}";
                pages.AddRange(Keyed(context, fingerprint, name, () => listings.SectionPrint(section, uid => byPage[(uid, language)].Body)));
            }
        }
        // In a one-language bundle the root page speaks the bundle's language, whose pages it links offline.
        var rootLanguage = carried.Contains(settings.DefaultLanguage) ? settings.DefaultLanguage : carried.FirstOrDefault() ?? settings.DefaultLanguage;
        pages.AddRange(Keyed(context, fingerprint, "root", () =>
        {
            List<ComposedPage> root = [new ListingPageViews(views[rootLanguage]).LanguageChoice(settings.Languages)];
            // A web server serves the 404 page at any depth; a bundle opened from disk has no use for it.
            if (context.Options.Offline is null)
            {
                // Served at any depth: absolute links. Each language has its own; the root one speaks them all.
                var absolute = new SiteUrls(settings.BaseUrl, LinkStyle.Absolute);
                ViewFactory ViewsIn(string language) => new(catalog, theme.Strings, theme.Countries, absolute, language, settings.Languages, theme.AssetPaths);
                root.Add(new ListingPageViews(ViewsIn(settings.DefaultLanguage)).NotFoundRoot(settings.Languages.Select(ViewsIn).ToList()));
                root.AddRange(carried.Select(l => new ListingPageViews(ViewsIn(l)).NotFound()));
            }
            return root;
        }));

        pages.Sort((a, b) => string.CompareOrdinal(a.Page.Destination, b.Page.Destination));
        return ValueTask.FromResult<IReadOnlyList<Document>>([.. pages.Select(p =>
        {
            var document = new Document(p.Page.Destination, p.Page, p.Page.Destination);
            return p.Key is null ? document : document.WithMetadata(KeyMetadata, p.Key);
        })]);
    }

    private static string KeyOf(IEnumerable<string?> keys) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', keys))));

    /// <summary>Listing pages show only front matter, so in a session they are kept while the content's shape is the same.</summary>
    private static IEnumerable<(ComposedPage Page, string? Key)> Keyed(BuildContext context, ContentFingerprint? fingerprint, string name, Func<IReadOnlyList<ComposedPage>> compose)
    {
        if (fingerprint is null) return compose().Select(p => (p, (string?)null));
        var key = $"{name}|{fingerprint.Shape}";
        return context.Memo(CacheScope, key, _ => compose()).Select(p => (p, (string?)$"{key}|{p.Destination}"));
    }
}
