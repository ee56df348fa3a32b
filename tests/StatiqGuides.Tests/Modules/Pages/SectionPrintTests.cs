using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Pages;

public sealed class SectionPrintTests
{
    private const string PrintPage = "en/guides/websites/print/index.html";

    [Fact]
    public async Task A_section_has_one_printable_page_with_its_guides_in_reading_order_linked_from_the_section_page()
    {
        using var site = TestSite.Create()
            .WithGuide("second", "title: Second guide\nsummary: Read it second.\norder: 2\nupdated: 2024-05-01", "## Background\n\nSee [the first](first.md).[^1]\n\n[^1]: A note.\n")
            .WithGuide("first", "title: First guide\nsummary: Read it first.\norder: 1", "## Background\n\nText with a [jump](#background).\n");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        Assert.Equal("print/", run.Page("en/guides/websites/index.html").QuerySelector(".print-link a")?.GetAttribute("href"));
        var page = run.Page(PrintPage);
        Assert.Equal("Websites", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["first", "second", "good"], page.QuerySelectorAll("article.printed-guide").Select(a => a.Id));
        Assert.Equal(["First guide", "Second guide", "A good guide"], page.QuerySelectorAll("article.printed-guide > header h2").Select(h => h.TextContent));
        Assert.Equal(["../first/", "../second/", "../good/"], page.QuerySelectorAll("article.printed-guide > header h2 a").Select(a => a.GetAttribute("href")));
        // Headings move one level down under the guide's title, and ids are prefixed so that no two guides clash.
        Assert.Equal(["first--background", "second--background", "good--first-part"], page.QuerySelectorAll(".prose h3").Select(h => h.Id));
        Assert.Equal("#first--background", page.QuerySelector("#first a[href^='#']")?.GetAttribute("href"));
        Assert.Equal("../first/", page.QuerySelector("#second .prose a:not([href^='#'])")?.GetAttribute("href"));
        Assert.Equal(page.QuerySelectorAll("[id]").Length, page.QuerySelectorAll("[id]").Select(e => e.Id).Distinct().Count());
        Assert.Equal("Last updated 1 May 2024", page.QuerySelector("#second .page-meta")?.TextContent);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task A_section_without_guides_has_no_print_link()
    {
        using var site = TestSite.Create()
            .WithFile("guides/empty/_section.yml", "title: Empty\nsummary: Nothing yet.\nhub: hub-web\norder: 2\n")
            .WithFile("hubs.yml", TestSite.HubsYml.Replace("sections: [websites]", "sections: [websites, empty]", StringComparison.Ordinal));

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        Assert.Null(run.Page("en/guides/empty/index.html").QuerySelector(".print-link"));
        Assert.Empty(run.Page("en/guides/empty/print/index.html").QuerySelectorAll("article"));
    }

    [Fact]
    public void The_print_stylesheet_hides_the_site_chrome_and_shows_the_address_of_outbound_links()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "assets", "css", "print.css"));

        Assert.Matches(@"\.site-header, \.site-nav, \.skip-link, \.lang-switch, \.site-search, \.breadcrumbs, \.toc, \.site-footer[^{]*\{ display: none !important; \}", css);
        Assert.Contains("a[href^=\"https://\"]::after { content: \" (\" attr(href) \")\"", css, StringComparison.Ordinal);
        Assert.Contains(".printed-guide { break-before: page;", css, StringComparison.Ordinal);
    }
}
