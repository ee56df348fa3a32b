using Markdig;
using StatiqGuides.Core.Caching;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Catalog;
using StatiqGuides.Modules.FrontMatter;
using StatiqGuides.Modules.History;
using StatiqGuides.Modules.Markdown;
using StatiqGuides.Modules.Output;
using StatiqGuides.Modules.Ownership;
using StatiqGuides.Modules.Pages;
using StatiqGuides.Modules.Search;
using StatiqGuides.Modules.Settings;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Templates;
using StatiqGuides.Modules.Translations.Changes;

namespace StatiqGuides.Modules.Build;

/// <summary>The whole site build as a graph of pipelines, with a typed handle to each one's output. <c>check</c> runs
/// the same graph without writing; <c>serve</c> runs it again and again with a cache.</summary>
/// <remarks>
/// Dependencies are the handles each module is given. What a build session keeps between builds is what is wrapped in
/// <see cref="Cached"/> here, keyed by a hash of the step's input and of the outputs it reads: files are read and parsed
/// again when their stamp or text changed, a file's Markdown when it or what links are made of changed, a page composed
/// when what it shows changed, laid out when its view changed. Steps reading the disk (settings, file lists, assets) and
/// whole-site steps (catalog, indexes, site files) run every time. The git history is stamped every build (HEAD and the
/// working tree's status) and read again only when the stamp changed.
/// A host changes the graph before building it: <see cref="Graph"/> adds or replaces pipelines and modules, and a
/// pipeline of output files joins the site by <see cref="PipelineGraph.AddTo{T}"/> with <see cref="SiteFiles"/>.
/// </remarks>
public sealed class SiteBuild
{
    private SiteBuild(PipelineGraph graph, MarkdownPipeline? markdig, TemplateLanguage templates, ContentKinds kinds)
    {
        Graph = graph;
        Kinds = kinds;
        (Settings, History, Content, Catalog) = AddCatalog(graph, kinds, keepBodies: false);
        InputFiles = graph.Add("InputFiles", new ListInputFiles()).Publish();
        Templates = graph.Add("Templates", new StampTheme()).Then(Cached.Whole(new ParseTemplates(templates))).Publish();
        Theme = graph.Add("Theme", new ReadOutput<ThemeTemplates>(Templates)).Then(Cached.Whole(new LoadTheme(Settings, templates))).Publish();
        Links = graph.Add("Links", new ReadOutput<SiteCatalog>(Catalog)).Then(new SelectLinks()).Publish();
        Markdown = graph.Add("Markdown", new PlanMarkdown(Catalog, Content))
            .Then(Cached.Each(markdig is null
                ? RenderMarkdown.WithSiteRenderers(MarkdownPipelineFactory.Create(), Links, Theme, InputFiles)
                : new RenderMarkdown(markdig, Links, Theme, InputFiles)))
            .Then(new CollectRendered(Catalog))
            .Then(new CheckXrefAnchors())
            .Then(new CheckCitations(Catalog))
            .Publish();
        Citations = graph.Add("Citations", new IndexCitations(Catalog, Markdown)).Publish();
        Downloads = graph.Add("Downloads", new ReadDownloads()).Publish();
        TranslationChanges = graph.Add("TranslationChanges", new PlanTranslationDiffs(Catalog, Content))
            .Then(Cached.Each(new DiffTranslation(History)))
            .Then(new CollectTranslationChanges())
            .Publish();
        PageCatalog = graph.Add("PageCatalog", new ReadOutput<SiteCatalog>(Catalog)).Then(new SelectPageCatalog()).Publish();
        // One composer for both: the reading pages and the status pages differ only in the jobs planned.
        var compose = new ComposePages(PageCatalog, Theme, Citations, Downloads, kinds);
        ReadingPages = graph.Add("ReadingPages", new PlanPages(Catalog, Markdown, TranslationChanges))
            .Then(Cached.Each(compose))
            .Then(new CollectPages())
            .Publish();
        StatusPages = graph.Add("StatusPages", new PlanStatusPages(Catalog, TranslationChanges))
            .Then(Cached.Each(compose))
            .Then(new CollectPages())
            .Publish();
        Pages = graph.Add("Pages", new JoinPages(ReadingPages, StatusPages)).Publish();
        Layouts = AddLayouts(graph, "Layouts", ReadingPages, Theme);
        StatusLayouts = AddLayouts(graph, "StatusLayouts", StatusPages, Theme);
        // Nothing reads the print pages' views, which nest whole guides: each is laid out as soon as it is composed.
        PrintLayouts = graph.Add("PrintLayouts", new PlanPrintPages(Catalog, Markdown))
            .Then(Cached.Each(new LayOutComposed<PrintJob>(new ComposePrintPages(PageCatalog, Theme, Downloads), new RenderLayouts(Theme))))
            .Then(new CollectLaidOutSets())
            .Publish();
        PageFiles = graph.Group<OutputFile>("Page files");
        graph.AddTo(PageFiles, Layouts).AddTo(PageFiles, StatusLayouts).AddTo(PageFiles, PrintLayouts);
        Files = graph.Add("SiteFiles", new WriteSiteFiles(Catalog, Pages, Theme)).Publish();
        Assets = graph.Add("Assets", new CollectAssets(Theme, Markdown)).Publish();
        Search = graph.Add("Search", new SelectSearchPages(Catalog, Pages))
            .Then(Cached.Each(new ExtractSearchEntry()))
            .Then(new BuildSearchIndex(Catalog))
            .Publish();
        SiteFiles = graph.Group<OutputFile>("Site files");
        graph.AddTo(SiteFiles, Layouts).AddTo(SiteFiles, StatusLayouts).AddTo(SiteFiles, PrintLayouts).AddTo(SiteFiles, Files).AddTo(SiteFiles, Assets).AddTo(SiteFiles, Search);
    }

    /// <summary>The default site's graph, to change before <see cref="PipelineGraph.Build"/>.</summary>
    public PipelineGraph Graph { get; }

    /// <summary>The content kinds the site is built with: the built-ins and the host's.</summary>
    public ContentKinds Kinds { get; }

    public Output<SiteConfiguration> Settings { get; }

    /// <summary>The input folder's git history, read once per build and kept by a session until HEAD or the working
    /// tree's status changes; "unknown" without git or a repository.</summary>
    public Output<SiteHistory> History { get; }

    /// <summary>Every content file as read, with its body: what a module that needs a body reads, since this graph's
    /// <see cref="Catalog"/> keeps its items without (<see cref="ContentItem.WithoutBody"/>).</summary>
    public Output<IReadOnlyList<ParsedContent>> Content { get; }

    public Output<SiteCatalog> Catalog { get; }

    /// <summary>Every file of the input folder, which links may name.</summary>
    public Output<InputListing> InputFiles { get; }

    /// <summary>The theme's layouts and partials, parsed from the start of a build: they read no settings.</summary>
    public Output<ThemeTemplates> Templates { get; }

    /// <summary>The loaded theme: <see cref="Templates"/> with the options, UI strings, country names and assets of the
    /// site's settings.</summary>
    public Output<Theme> Theme { get; }

    public Output<IReadOnlyList<RenderedContent>> Markdown { get; }

    public Output<CitationMap> Citations { get; }

    public Output<Downloads> Downloads { get; }

    /// <summary>What changed in each outdated translation's source since it was translated, from the history: the
    /// outdated notices, the hub pages and the translation status page show it.</summary>
    public Output<TranslationChanges> TranslationChanges { get; }

    /// <summary>The catalog as page composition reads it: keyed without translation statuses, which the page jobs carry
    /// (<see cref="PageCatalog"/>).</summary>
    public Output<PageCatalog> PageCatalog { get; }

    /// <summary>Every composed page but the section print pages (<see cref="PrintLayouts"/>): <see cref="ReadingPages"/>
    /// and <see cref="StatusPages"/>.</summary>
    public Output<IReadOnlyList<ComposedPage>> Pages { get; }

    /// <summary>The pages a save changes for its reader: every guide, case study and page in every language, and the
    /// listings (home, sections, indexes, tags, search).</summary>
    public Output<IReadOnlyList<ComposedPage>> ReadingPages { get; }

    /// <summary>The pages that show every translation's status and changes: the hub pages, and the root pages (language
    /// choice, translation status, 404). A save to a source changes them; <c>serve</c> shows them after the others.</summary>
    public Output<IReadOnlyList<ComposedPage>> StatusPages { get; }

    /// <summary>The HTML file of every page of <see cref="ReadingPages"/>: what <c>serve</c> shows as soon as it is laid out.</summary>
    public Output<IReadOnlyList<OutputFile>> Layouts { get; }

    /// <summary>The HTML file of every page of <see cref="StatusPages"/>.</summary>
    public Output<IReadOnlyList<OutputFile>> StatusLayouts { get; }

    /// <summary>The HTML file of each section's printable pages in each carried language, which nest the section's guides:
    /// composed and laid out apart from the other pages, so that in <c>serve</c> they follow the pages a save changed, and
    /// one by one, so that a build never holds all their views.</summary>
    public Output<IReadOnlyList<OutputFile>> PrintLayouts { get; }

    /// <summary>Every page's HTML file: <see cref="Layouts"/>, <see cref="StatusLayouts"/> and <see cref="PrintLayouts"/>.</summary>
    public OutputGroup<OutputFile> PageFiles { get; }

    /// <summary>sitemap.xml, robots.txt, _redirects, xrefmap.json, feeds and alias pages.</summary>
    public Output<IReadOnlyList<OutputFile>> Files { get; }

    public Output<IReadOnlyList<OutputFile>> Assets { get; }

    public Output<IReadOnlyList<OutputFile>> Search { get; }

    /// <summary>The catalog as links read it (<see cref="LinkCatalog"/>): what rendering Markdown reads.</summary>
    public Output<LinkCatalog> Links { get; }

    /// <summary>Every file of the site: what <c>build</c> writes and <c>serve</c> serves.</summary>
    public OutputGroup<OutputFile> SiteFiles { get; }

    /// <summary>The default site's graph, with the site's Markdown pipeline, Liquid and content kinds unless others are
    /// given (a host starts from <see cref="SiteSetup"/> instead).</summary>
    /// <remarks>A Markdown pipeline given here is a host's: every body it renders goes through the HTML sanitizer, since
    /// its renderers may write any markup (see <see cref="RenderMarkdown.WithSiteRenderers"/>).</remarks>
    public static SiteBuild Create(MarkdownPipeline? markdig = null, TemplateLanguage? templates = null, ContentKinds? kinds = null) =>
        new(new PipelineGraph(), markdig, templates ?? new TemplateLanguageBuilder().Build(), kinds ?? ContentKinds.BuiltIn);

    /// <summary>A pipeline laying out <paramref name="pages"/> with the theme: the HTML file of each.</summary>
    private static Output<IReadOnlyList<OutputFile>> AddLayouts(PipelineGraph graph, string name, Output<IReadOnlyList<ComposedPage>> pages,
        Output<Theme> theme) =>
        graph.Add(name, new ReadOutput<IReadOnlyList<ComposedPage>>(pages))
            .Then(Cached.Each(new RenderLayouts(theme)))
            .Then(new CollectLaidOut())
            .Publish();

    /// <summary>Only what reading and indexing the content needs: for commands that report on it.</summary>
    public static (PipelineEngine Engine, Output<SiteCatalog> Catalog) CatalogOnly(ContentKinds? kinds = null)
    {
        var graph = new PipelineGraph();
        var (_, _, _, catalog) = AddCatalog(graph, kinds, keepBodies: true);
        return (graph.Build(), catalog);
    }

    /// <summary>Reading and indexing the content: the start of the site's graph, and all of the catalog-only one.</summary>
    /// <param name="keepBodies">Whether the catalog's items keep their bodies: for the commands that report on the content,
    /// not for the site's graph, where what needs a body reads <see cref="Content"/>.</param>
    private static (Output<SiteConfiguration> Settings, Output<SiteHistory> History, Output<IReadOnlyList<ParsedContent>> Content,
        Output<SiteCatalog> Catalog) AddCatalog(PipelineGraph graph, ContentKinds? kinds, bool keepBodies)
    {
        var settings = graph.Add("Settings", new ReadSettings()).Publish();
        var history = graph.Add("History", new StampHistory()).Then(Cached.Whole(new ReadHistory())).Publish();
        var content = graph.Add("Content", new FindContentFiles(settings, kinds))
            .Then(Cached.Each(new ReadSourceText()))
            .Then(Cached.Each(new ParseFrontMatter(settings)))
            .Then(new FillDatesFromHistory(settings, history))
            .Publish();
        var catalog = graph.Add("Catalog", new BuildCatalog(settings, content, kinds, keepBodies)).Then(new CheckCodeOwners()).Publish();
        return (settings, history, content, catalog);
    }

    /// <summary>Adds the output step — every site file gathered and checked (check reports every conflict build would),
    /// then written when <paramref name="write"/> is set — and freezes the graph. The output step is added last, so that
    /// it gathers every pipeline a host added to <see cref="SiteFiles"/>.</summary>
    public SiteEngine Freeze(bool write)
    {
        var gathered = Graph.Add("Destinations", new CheckDestinations(SiteFiles)).Publish();
        // Each member's pages are scanned as soon as it is published, not once every file is gathered: the status and
        // print pages are read while the reading pages are still laid out. The budget keeps the gathered files' references.
        var references = Graph.Group<PageReferences>("References");
        foreach (var member in Graph.MembersOf(SiteFiles).Cast<Output<IReadOnlyList<OutputFile>>>())
        {
            Graph.AddTo(references, Graph.Add($"References of {member.Name}", new ReadOutput<IReadOnlyList<OutputFile>>(member))
                .Then(Cached.Each(new FindPageReferences()))
                .Publish());
        }
        var output = Graph.Add("Output", new ReadOutput<IReadOnlyList<OutputFile>>(gathered)).Then(new CheckBudgets(references));
        var written = write ? output.Then(new WriteSite()).Publish() : output.Publish();
        return new SiteEngine(Graph.Build(), this, written);
    }
}
