using Markdig;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Markdown;
using StatiqGuides.Modules.Markdown.Links;

namespace StatiqGuides.Tests.Testing;

/// <summary>A site in memory for the Markdown extensions: no theme, no disk. Its catalog holds the guide <c>good</c>
/// ("A good guide", in French "Un bon guide"), the guide <c>body</c> whose text the tests write, and the stand-in of
/// an unreadable <c>broken.md</c>; its input folder holds the files given. Bodies are parsed with the site's one
/// pipeline, then their raw HTML's links are rewritten, as <c>RenderMarkdown</c> does.</summary>
public sealed class MarkdownSite
{
    public const string Root = "/site/input";

    private const string Section = "websites";

    private readonly bool _offline;

    private MarkdownSite(ILinkResolver links, bool offline)
    {
        Links = links;
        _offline = offline;
    }

    public static MarkdownPipeline Pipeline { get; } = MarkdownPipelineFactory.Create();

    public ILinkResolver Links { get; }

    /// <param name="files">Paths under the input folder, besides the Markdown files of the catalog.</param>
    public static MarkdownSite Create(bool offline = false, params string[] files)
    {
        var good = Guide("good", "A good guide");
        var translation = Guide("good", "Un bon guide", "fr");
        var broken = Guide("broken", "broken");
        var settings = new SiteSettings(LocalizedText.Invariant("Site"), "https://example.org/", "en", ["en", "fr"], null, "input/site.yml");
        var catalog = new SiteCatalog(new SiteConfiguration(settings, [], []), [good, Page], [translation], new Dictionary<string, Hub>(),
            setAside: new SetAsideContent([], [broken], new HashSet<string>(["broken"], StringComparer.Ordinal)));
        var urls = offline ? new SiteUrls(settings.BaseUrl, LinkStyle.File) : new SiteUrls(settings.BaseUrl, LinkStyle.Server);
        return new MarkdownSite(new CatalogLinkResolver(catalog.Links, urls, new InMemoryInputFiles(Root, files)), offline);
    }

    /// <summary>A site whose links resolve against <paramref name="links"/> alone.</summary>
    public static MarkdownSite With(ILinkResolver links) => new(links, offline: false);

    /// <summary>The page under test, <c>guides/websites/body.md</c>, written at <c>en/guides/websites/body/index.html</c>.</summary>
    public static ContentItem Page { get; } = Guide("body", "Body");

    /// <param name="bodyLineOffset">The lines before the body: front matter.</param>
    public ParsedPage Parse(string body, int bodyLineOffset = 5)
    {
        var diagnostics = new DiagnosticBag();
        var item = Page with { Body = body, BodyLineOffset = bodyLineOffset };
        var page = new PageLinkContext(new LinkingPage(item, "en", SitePaths.Guide("en", Section, "body"), _offline), Links, diagnostics);
        var document = Markdig.Markdown.Parse(body, Pipeline, page.ToParserContext());
        new RawHtmlLinks(page).Rewrite([.. RawHtmlFragment.In(document, new BodyText(body))]);
        return new ParsedPage(document, page, DiagnosticLines.Of(diagnostics.ToSortedList()));
    }

    private static ContentItem Guide(string slug, string title, string language = "en")
    {
        var file = language == "en" ? $"{slug}.md" : $"{slug}.{language}.md";
        return new ContentItem(ContentKind.Guide, slug, slug, language, $"{Root}/guides/{Section}/{file}", $"input/guides/{Section}/{file}",
            Section, new StatiqGuides.Core.Content.FrontMatter { Title = title }, "", 0)
        {
            IsTranslation = language != "en",
        };
    }
}
