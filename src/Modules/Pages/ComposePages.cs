using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Templates;
using StatiqGuides.Modules.Translations.Changes;

namespace StatiqGuides.Modules.Pages;

/// <summary>Builds the views of one <see cref="PageJob"/>: a content page from rendered Markdown, a language's listings
/// (home, sections, search, each listed kind's index, tags, hubs), or the root language choice and 404 pages. Navigation,
/// TOC and links are all computed here; the printable pages are composed by <see cref="ComposePrintPages"/>.</summary>
/// <remarks>What every job shares — each language's view factory, the citation index, the related guides — is built
/// once per build, from the outputs this module reads only. Translation statuses and changes come with the jobs that show
/// them (<see cref="PageJob"/>), so that a body edit composes again only the pages it shows on. A content page reads the
/// titles and summaries it shows of other items one by one (<see cref="PageCatalog.TitleOf"/>), so that a title edit
/// composes again only the pages showing that title; every other job reads the whole catalog.</remarks>
/// <param name="kinds">The site's content kinds (default: the built-ins): which have a listing page.</param>
public sealed class ComposePages(Output<PageCatalog> catalog, Output<Theme> theme, Output<CitationMap> citations, Output<Downloads> downloads,
    ContentKinds? kinds = null)
    : EachModule<PageJob, PageSet>(catalog, theme, citations, downloads)
{
    /// <summary>The layout of a listed kind's index when the theme has no <c>&lt;id&gt;-index</c> layout.</summary>
    public const string GenericListingLayout = "listing";

    public ContentKinds Kinds { get; } = kinds ?? ContentKinds.BuiltIn;

    public override PageSet Process(PageJob item, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        // Every job records what it reads of the catalog before the shared views are made from it (once, by whichever job
        // comes first): a content page the catalog without titles, and the titles it shows; a listing, the whole catalog.
        var view = context.Read(catalog);
        var site = item is ContentPageJob ? view.Structure : view.Site;
        var shared = context.PerBuild(this, () => Share(site, context));
        return new PageSet(item switch
        {
            ContentPageJob content => [Content(content, shared, view, context)],
            ListingsJob listings => Listings(listings.Language, shared, Kinds),
            HubsJob hubs => [.. shared.Catalog.Hubs.Select(new ListingPageViews(shared.Views[hubs.Language].WithChanges(hubs.Changes)).Hub)],
            RootJob root => Root(root, shared, context),
            _ => throw new ArgumentException($"No composition for {item.GetType().Name}.", nameof(item)),
        });
    }

    private Shared Share(SiteCatalog site, BuildContext context)
    {
        var loaded = context.Read(theme);
        var map = context.Read(citations);
        var views = ViewFactory.ForEachLanguage(site, loaded, context.Options, context.Read(downloads).Index);
        return new Shared(site, loaded, views, new CitationIndex(site, map), new RelatedGuides(site, g => map.CitedBy(g.Uid)));
    }

    private static ComposedPage Content(ContentPageJob job, Shared shared, PageCatalog titles, BuildContext context)
    {
        var body = job.Body;
        var language = shared.Views[body.Language].ReadingTitlesFrom(titles);
        var views = job.Change is { } change ? language.WithChanges(new TranslationChanges([change])) : language;
        var pages = new ContentPageViews(views, shared.Citations, shared.Related, context.Options.InputDirectory);
        var kind = body.Item.Kind;
        // The built-in kinds keep their own views; any other kind gets the generic one.
        if (kind == ContentKind.Guide) return pages.Guide(body);
        if (kind == ContentKind.CaseStudy) return pages.CaseStudy(body);
        return kind == ContentKind.Page ? pages.Plain(body) : pages.Registered(body);
    }

    private static List<ComposedPage> Listings(string language, Shared shared, ContentKinds kinds)
    {
        var listings = new ListingPageViews(shared.Views[language]);
        string LayoutOf(ContentKind kind) => shared.Theme.LayoutPaths.ContainsKey(kind.Id + "-index") ? kind.Id + "-index" : GenericListingLayout;
        return [listings.Home(), .. shared.Catalog.Sections.Select(listings.Section), listings.Search(),
            .. kinds.Listed.Select(k => k == ContentKind.CaseStudy ? listings.CaseStudyIndex() : listings.KindIndex(k, LayoutOf(k))),
            .. listings.Tags()];
    }

    private static List<ComposedPage> Root(RootJob job, Shared shared, BuildContext context)
    {
        var settings = shared.Catalog.Settings;
        var language = job.Language;
        List<ComposedPage> root = [new ListingPageViews(shared.Views[language]).LanguageChoice(settings.Languages)];
        if (shared.Views[language].HasStatusPage)
        {
            root.Add(new StatusPageViews(shared.Views[settings.DefaultLanguage].WithChanges(job.Changes), context.Options.InputDirectory).Page());
        }
        // A web server serves the 404 page at any depth; a bundle opened from disk has no use for it.
        if (context.Options.Offline is null)
        {
            // Served at any depth: absolute links. Each language has its own; the root one speaks them all.
            var absolute = new SiteUrls(settings.BaseUrl, LinkStyle.Absolute);
            ViewFactory ViewsIn(string l) => new(shared.Catalog, shared.Theme.Strings, shared.Theme.Countries, absolute, l, settings.Languages, shared.Theme.AssetPaths);
            root.Add(new ListingPageViews(ViewsIn(settings.DefaultLanguage)).NotFoundRoot(settings.Languages.Select(ViewsIn).ToList()));
            root.AddRange(settings.Languages.Where(context.Options.Carries).Select(l => new ListingPageViews(ViewsIn(l)).NotFound()));
        }
        return root;
    }

    private sealed record Shared(SiteCatalog Catalog, Theme Theme, IReadOnlyDictionary<string, ViewFactory> Views, CitationIndex Citations,
        RelatedGuides Related);
}
