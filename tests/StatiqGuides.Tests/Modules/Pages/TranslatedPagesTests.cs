using System.Xml.Linq;
using StatiqGuides.Modules.Build;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Pages;

/// <summary>The pages of <see cref="TranslatedSite"/> (en, fr, es; current, outdated and missing translations), built
/// once: fallback and outdated notices, the language switcher, hreflang alternates, the sitemap, feeds and the root.</summary>
public sealed class TranslatedPagesTests : IClassFixture<TranslatedPagesTests.BuiltSite>
{
    private const string BaseUrl = "https://guides.test/";
    private static readonly string[] Languages = ["en", "fr", "es"];
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly BuiltSite _built;

    public TranslatedPagesTests(BuiltSite built)
    {
        _built = built;
    }

    private TestSite Site => _built.Site;

    [Fact]
    public void The_build_has_no_diagnostics()
    {
        Expect.NoDiagnostics(_built.Result.Diagnostics);
    }

    [Fact]
    public void Every_page_exists_in_every_language()
    {
        var pages = OutputLinks.HtmlPages(Site.OutputDirectory);
        var english = pages.Where(p => p.StartsWith("en/", StringComparison.Ordinal)).Select(p => p[3..]).ToList();

        Assert.Equal(12, english.Count); // the 404 page included
        foreach (var language in Languages)
        {
            Assert.Equal(english, pages.Where(p => p.StartsWith(language + "/", StringComparison.Ordinal)).Select(p => p[3..]));
        }
    }

    [Fact]
    public void An_untranslated_guide_has_the_notice_in_the_reader_language_a_link_to_contribute_and_english_content()
    {
        const string path = "es/guides/websites/good/index.html";
        var page = Site.OutputPage(path);

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        var notice = page.QuerySelector(".notice.notice-fallback")!;
        Assert.Equal("Esta página aún no está traducida al español: está leyendo el texto original en inglés.",
            notice.FirstChild!.TextContent.Trim().Replace('\u00a0', ' '));
        Assert.Null(notice.GetAttribute("lang"));
        var link = notice.QuerySelector("a")!;
        Assert.Equal("Ayude a traducirla", link.TextContent);
        Assert.Equal("es/contribute/index.html", OutputLinks.Resolve(path, link.GetAttribute("href")!, BaseUrl));
        Assert.Equal("en", page.QuerySelector("article .prose")?.GetAttribute("lang"));
        Assert.Equal("Some text.", page.QuerySelector("article .prose p")?.TextContent);
        Assert.Equal(("A good guide", "en"), (page.QuerySelector("h1")?.TextContent, page.QuerySelector("h1")?.GetAttribute("lang")));
        Assert.Equal("en", page.QuerySelector(".page-head .lead")?.GetAttribute("lang"));
        Assert.Equal("en", page.QuerySelector(".toc ol")?.GetAttribute("lang"));
        Assert.Equal("En esta página", page.QuerySelector(".toc h2")?.TextContent);
        Assert.Null(page.QuerySelector(".notice-outdated"));
    }

    [Fact]
    public void An_untranslated_case_study_and_page_carry_the_notice_too()
    {
        var study = Site.OutputPage("es/case-studies/kenya/index.html");
        var about = Site.OutputPage("es/about/index.html");

        Assert.NotNull(study.QuerySelector(".notice-fallback"));
        Assert.Equal("en", study.QuerySelector(".prose")?.GetAttribute("lang"));
        Assert.NotNull(about.QuerySelector(".notice-fallback"));
        Assert.Equal("en", about.QuerySelector(".prose")?.GetAttribute("lang"));
    }

    [Fact]
    public void The_untranslated_contribute_page_points_its_notice_to_the_repository_not_to_itself()
    {
        var page = Site.OutputPage("fr/contribute/index.html");

        var notice = page.QuerySelector(".notice-fallback")!;
        Assert.StartsWith("Cette page n’est pas encore traduite en français", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://github.com/example/guides", notice.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void An_outdated_translation_shows_its_text_with_a_notice_linking_to_the_current_source()
    {
        const string path = "fr/guides/websites/second/index.html";
        var page = Site.OutputPage(path);

        var notice = page.QuerySelector(".notice.notice-outdated")!;
        Assert.StartsWith("Cette traduction n’est peut-être plus à jour", notice.TextContent, StringComparison.Ordinal);
        var link = notice.QuerySelector("a")!;
        Assert.Equal("Lire le texte original à jour", link.TextContent);
        Assert.Equal("en", link.GetAttribute("hreflang"));
        Assert.Equal("en/guides/websites/second/index.html", OutputLinks.Resolve(path, link.GetAttribute("href")!, BaseUrl));
        Assert.Equal("Deuxième guide", page.QuerySelector("h1")?.TextContent);
        Assert.Null(page.QuerySelector(".prose")?.GetAttribute("lang"));
        Assert.Equal("Deuxième texte.", page.QuerySelector(".prose p")?.TextContent);
        Assert.Null(page.QuerySelector(".notice-fallback"));
    }

    [Fact]
    public void A_translation_without_source_hash_is_outdated_too()
    {
        var page = Site.OutputPage("es/guides/websites/second/index.html");

        Assert.NotNull(page.QuerySelector(".notice-outdated"));
        Assert.Equal("Segunda guía", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public void A_current_translation_and_a_default_language_page_have_no_notice()
    {
        Assert.Null(Site.OutputPage("fr/guides/websites/good/index.html").QuerySelector(".notice"));
        Assert.Null(Site.OutputPage("es/contribute/index.html").QuerySelector(".notice"));
        Assert.Null(Site.OutputPage("en/guides/websites/second/index.html").QuerySelector(".notice"));
    }

    [Fact]
    public void The_switcher_offers_every_language_in_order_and_marks_the_current_one_and_the_fallbacks()
    {
        var page = Site.OutputPage("fr/guides/websites/good/index.html");

        var links = page.QuerySelectorAll(".lang-switch a").ToList();
        Assert.Equal(Languages, links.Select(a => a.GetAttribute("hreflang")));
        Assert.Equal(Languages, links.Select(a => a.GetAttribute("lang")));
        Assert.Equal(["fr"], links.Where(a => a.GetAttribute("aria-current") == "page").Select(a => a.GetAttribute("hreflang")));
        var untranslated = links.Where(a => a.QuerySelector(".untranslated") is not null).ToList();
        Assert.Equal(["es"], untranslated.Select(a => a.GetAttribute("hreflang")));
        Assert.Equal(("(pas de traduction)", "fr"), (untranslated[0].QuerySelector(".untranslated")!.TextContent, untranslated[0].QuerySelector(".untranslated")!.GetAttribute("lang")));
    }

    [Fact]
    public void Every_switcher_link_on_every_page_names_the_same_page_in_that_language_and_a_file_that_exists()
    {
        var checkedLinks = 0;
        foreach (var path in OutputLinks.HtmlPages(Site.OutputDirectory).Where(p => Languages.Any(l => p.StartsWith(l + "/", StringComparison.Ordinal))))
        {
            var links = Site.OutputPage(path).QuerySelectorAll(".lang-switch a");
            Assert.True(links.Length == Languages.Length, $"{path} has {links.Length} switcher links");
            foreach (var link in links)
            {
                var target = OutputLinks.Resolve(path, link.GetAttribute("href")!, BaseUrl);
                Assert.Equal(link.GetAttribute("hreflang") + path[2..], target);
                Assert.True(File.Exists(Site.OutputPath(target!)), $"{path}: switcher link to {target} names no file");
                checkedLinks++;
            }
        }
        Assert.Equal(36 * 3, checkedLinks);
    }

    [Fact]
    public void Every_page_has_an_hreflang_alternate_for_every_language_and_x_default_and_each_names_a_file_that_exists()
    {
        // The translation status page is one page for the whole site: it has no language versions to announce.
        foreach (var path in OutputLinks.HtmlPages(Site.OutputDirectory).Where(p => p is not ("404.html" or "translation-status/index.html")))
        {
            var page = Site.OutputPage(path);
            var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang")!, l.GetAttribute("href")!)).ToList();
            Assert.Equal([.. Languages, "x-default"], alternates.Select(a => a.Item1));
            foreach (var (_, href) in alternates)
            {
                var target = OutputLinks.Resolve(path, href, BaseUrl);
                Assert.True(href.StartsWith(BaseUrl, StringComparison.Ordinal) && File.Exists(Site.OutputPath(target!)), $"{path}: alternate {href} names no file");
            }
            if (path != "index.html")
            {
                Assert.Equal(alternates.Single(a => a.Item1 == path[..2]).Item2, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
                Assert.Equal(alternates.Single(a => a.Item1 == "en").Item2, alternates.Single(a => a.Item1 == "x-default").Item2);
            }
        }
    }

    [Fact]
    public void The_sitemap_lists_every_page_in_every_language_with_its_alternates_and_every_url_names_a_file()
    {
        var urls = XDocument.Parse(Site.ReadOutput("sitemap.xml")).Root!.Elements(SitemapNs + "url").ToList();

        Assert.Equal(27, urls.Count);
        foreach (var url in urls)
        {
            var loc = url.Element(SitemapNs + "loc")!.Value;
            var alternates = url.Elements(Xhtml + "link").Select(l => ((string)l.Attribute("hreflang")!, (string)l.Attribute("href")!)).ToList();
            Assert.Equal([.. Languages, "x-default"], alternates.Select(a => a.Item1));
            Assert.Contains(alternates, a => a.Item2 == loc);
            foreach (var href in alternates.Select(a => a.Item2).Append(loc))
            {
                var target = OutputLinks.Resolve("sitemap.xml", href, BaseUrl);
                Assert.True(target is not null && File.Exists(Site.OutputPath(target)), $"sitemap URL {href} names no file");
            }
        }
        var good = urls.Single(u => u.Element(SitemapNs + "loc")!.Value == BaseUrl + "es/guides/websites/good/");
        Assert.Equal(
            [BaseUrl + "en/guides/websites/good/", BaseUrl + "fr/guides/websites/good/", BaseUrl + "es/guides/websites/good/", BaseUrl + "en/guides/websites/good/"],
            good.Elements(Xhtml + "link").Select(l => (string)l.Attribute("href")!));
    }

    [Fact]
    public void Each_language_has_its_feed_with_titles_in_that_language_and_untranslated_entries_marked_english()
    {
        foreach (var language in Languages)
        {
            var feed = XDocument.Parse(Site.ReadOutput($"{language}/feed.xml")).Root!;
            Assert.Equal(language, feed.Attribute(XNamespace.Xml + "lang")?.Value);
            Assert.Equal($"{BaseUrl}{language}/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        }
        var french = Entries("fr");
        var spanish = Entries("es");

        Assert.Equal(
        [
            ("Deuxième guide", BaseUrl + "fr/guides/websites/second/", null),
            ("Le Hansard du Kenya", BaseUrl + "fr/case-studies/kenya/", null),
            ("Un bon guide", BaseUrl + "fr/guides/websites/good/", null),
        ], french);
        Assert.Equal(
        [
            ("Segunda guía", BaseUrl + "es/guides/websites/second/", null),
            ("Kenya's Hansard", BaseUrl + "es/case-studies/kenya/", "en"),
            ("A good guide", BaseUrl + "es/guides/websites/good/", "en"),
        ], spanish);
        Assert.Equal("en/feed.xml", OutputLinks.Resolve("en/index.html", Site.OutputPage("en/index.html").QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href")!, BaseUrl));
        Assert.Equal("fr/feed.xml", OutputLinks.Resolve("fr/index.html", Site.OutputPage("fr/index.html").QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href")!, BaseUrl));
    }

    [Fact]
    public void The_root_index_offers_each_language_in_its_own_words_and_loads_the_redirect_script()
    {
        var page = Site.OutputPage("index.html");

        var links = page.QuerySelectorAll(".language-list a").ToList();
        Assert.Equal(Languages, links.Select(a => a.GetAttribute("hreflang")));
        Assert.Equal(Languages, links.Select(a => a.GetAttribute("lang")));
        Assert.Equal(["English", "Français", "Español"], links.Select(a => a.TextContent));
        Assert.Equal(["en/index.html", "fr/index.html", "es/index.html"], links.Select(a => OutputLinks.Resolve("index.html", a.GetAttribute("href")!, BaseUrl)));
        Assert.Equal(["Choose your language", "Choisissez votre langue", "Elija su idioma"], page.QuerySelectorAll(".prompt").Select(p => p.TextContent));
        var script = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).Single(s => System.Text.RegularExpressions.Regex.IsMatch(s!, @"language\.[0-9a-f]{8}\.js$"));
        Assert.True(File.Exists(Site.OutputPath(OutputLinks.Resolve("index.html", script!, BaseUrl)!)));
    }

    [Fact]
    public void The_redirects_send_the_root_to_the_browser_language_home_default_language_last()
    {
        Assert.Equal(
            "# Generated by StatiqGuides from the 'aliases' of guides, case studies and pages.\n" +
            "# The site root to the home page in the browser's language (language.js does the same offline).\n" +
            "/ /fr/ 302! Language=fr\n/ /es/ 302! Language=es\n/ /en/ 302! Language=en\n" +
            "# A missing page under a language gets that language's 404 page.\n" +
            "/en/* /en/404.html 404\n/fr/* /fr/404.html 404\n/es/* /es/404.html 404\n",
            Site.ReadOutput("_redirects"));
    }

    [Fact]
    public void Dates_are_written_in_each_language_culture()
    {
        string Updated(string language) => Site.OutputPage($"{language}/guides/websites/second/index.html").QuerySelector(".page-meta time")!.TextContent;

        Assert.Equal(("5 March 2024", "5 mars 2024", "5 de marzo de 2024"), (Updated("en"), Updated("fr"), Updated("es")));
        Assert.Equal("2024-03-05", Site.OutputPage("fr/guides/websites/second/index.html").QuerySelector(".page-meta time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task A_translation_inherits_every_key_it_does_not_repeat_and_keeps_those_it_repeats()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr")
            .WithCaseStudy("kenya", "title: Kenya's Hansard\nregion: Africa\nyear: 2011", cited: false)
            .WithGuide("source", "title: Source\nsummary: S\ntags: [Video]\nauthors: [Ada]\nupdated: 2024-01-15\ncase_studies: [kenya]")
            .WithFile("guides/websites/source.fr.md", "---\ntitle: Source traduite\nsummary: R\ntags: [Vidéo]\n---\n\nTexte.\n")
            .WithFile("case-studies/kenya.fr.md", "---\ntitle: Le Hansard du Kenya\nsummary: R\nregion: Afrique\n---\n\nTexte.\n");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        var guide = run.Page("fr/guides/websites/source/index.html");
        Assert.Equal(["Vidéo"], guide.QuerySelectorAll(".tags a").Select(a => a.TextContent));
        Assert.Equal(["Par Ada", "15 janvier 2024"], [guide.QuerySelectorAll(".meta-line li")[1].TextContent, guide.QuerySelector(".meta-line time")!.TextContent]);
        Assert.Equal(["Le Hansard du Kenya"], guide.QuerySelectorAll("section[aria-labelledby=sg-cited] .card-title").Select(h => h.TextContent));
        var facts = run.Page("fr/case-studies/kenya/index.html").QuerySelectorAll(".facts dd").Select(d => d.TextContent).ToList();
        Assert.Equal(["Test Parliament", "Kenya", "Afrique", "2011"], facts.Take(4));
    }

    private List<(string Title, string Id, string? Lang)> Entries(string language) =>
        [.. XDocument.Parse(Site.ReadOutput($"{language}/feed.xml")).Root!.Elements(Atom + "entry")
            .Select(e => (e.Element(Atom + "title")!.Value, e.Element(Atom + "id")!.Value, e.Attribute(XNamespace.Xml + "lang")?.Value))];

    public sealed class BuiltSite : IAsyncLifetime
    {
        public TestSite Site { get; } = TranslatedSite.Create();

        public BuildResult Result { get; private set; } = null!;

        public async Task InitializeAsync() => Result = await Site.BuildAsync();

        public Task DisposeAsync()
        {
            Site.Dispose();
            return Task.CompletedTask;
        }
    }
}
