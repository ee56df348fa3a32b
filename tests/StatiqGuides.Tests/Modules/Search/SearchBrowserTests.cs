using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Search;

/// <summary>search.js in Chromium, on the all-languages bundle of <see cref="SearchSite"/> opened from disk.</summary>
[Collection(BrowserTests.Name)]
public sealed class SearchBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private TestSite? _site;
    private UnzippedBundles? _bundles;

    private UnzippedBundles Bundles => _bundles!;

    public async Task InitializeAsync()
    {
        _site = SearchSite.Create();
        _bundles = await UnzippedBundles.BuildAsync(_site.InputDirectory, _site.ThemeDirectory, _site.Root, "es");
        Expect.NoDiagnostics(_bundles.Result.Diagnostics);
    }

    public Task DisposeAsync()
    {
        _bundles?.Dispose();
        _site?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Results_rank_title_then_headings_then_summary_then_body_and_highlight_the_matching_words()
    {
        await using var tab = await browser.OpenAsync();

        await tab.GotoFileAsync(Bundles.PathOf("all", "en/search/index.html"), "?q=DATA");
        var results = tab.Page.Locator(".search-result");
        await results.First.WaitForAsync();

        Assert.Equal("4 pages match “DATA”.", await tab.Page.Locator(".search-status").TextContentAsync());
        // The live region is whole as soon as the first result shows: a screen reader reads it then.
        Assert.Equal("false", await tab.Page.Locator("#sg-search-results").GetAttributeAsync("aria-busy"));
        Assert.Equal(["Data portals", "File formats", "Licences", "Outreach"], await results.Locator("h2").AllTextContentsAsync());
        Assert.Equal(["Websites", "Websites", "Websites", "Websites"], await results.Locator(".card-meta").AllTextContentsAsync());
        Assert.Equal("Data", await results.Nth(0).Locator("h2 mark").TextContentAsync());
        // The snippet is the first field where a query word shows: the summary, the start of the body, the headings.
        Assert.Equal(["Where to publish.", "Data dictionaries Some text.", "Licensing data for reuse.", "Share the data with journalists."],
            await results.Locator(".snippet").AllTextContentsAsync());
        Assert.Equal(["Data", "data", "data"], await results.Locator(".snippet mark").AllTextContentsAsync());
        Assert.Equal("../guides/websites/outreach/index.html", await results.Nth(3).Locator("h2 a").GetAttributeAsync("href"));
        tab.AssertStayedOffline();
    }

    [Fact]
    public async Task A_search_page_loaded_with_q_finds_accented_words_from_an_unaccented_prefix_and_opens_the_result()
    {
        await using var tab = await browser.OpenAsync(locale: "es-ES");

        await tab.GotoFileAsync(Bundles.PathOf("es", "es/search/index.html"), "?q=particip");
        var results = tab.Page.Locator(".search-result");
        await results.First.WaitForAsync();

        Assert.Equal("1 página coincide con «particip».", await tab.Page.Locator(".search-status").TextContentAsync());
        Assert.Equal(["Licencias"], await results.Locator("h2").AllTextContentsAsync());
        Assert.Equal(["Participación"], await results.Locator(".snippet mark").AllTextContentsAsync());
        await results.Locator("h2 a").ClickAsync();
        await PageArrival.ArrivedAsync(tab.Page, new Regex("/es/guides/websites/licences/index\\.html$"));
        Assert.Equal("Licencias", await tab.Page.Locator(".page-head h1").TextContentAsync());
        tab.AssertStayedOffline();
    }

    [Fact]
    public async Task A_match_far_into_the_body_gets_a_snippet_cut_around_it()
    {
        await using var tab = await browser.OpenAsync();

        await tab.GotoFileAsync(Bundles.PathOf("all", "en/search/index.html"), "?q=zanzi");
        var snippet = tab.Page.Locator(".search-result .snippet");
        await snippet.First.WaitForAsync();

        Assert.Equal("Zanzibar", await snippet.Locator("mark").TextContentAsync());
        var text = await snippet.TextContentAsync() ?? "";
        Assert.StartsWith("… ", text, StringComparison.Ordinal);
        Assert.EndsWith("The Zanzibar minutes came last.", text, StringComparison.Ordinal);
        Assert.True(text.Length < 120, text);
        tab.AssertStayedOffline();
    }

    [Fact]
    public async Task Every_word_of_the_query_must_match_and_a_query_that_matches_nothing_says_so()
    {
        await using var tab = await browser.OpenAsync();

        await tab.GotoFileAsync(Bundles.PathOf("all", "en/search/index.html"), "?q=data+journ");
        await tab.Page.Locator(".search-result").First.WaitForAsync();
        Assert.Equal(["Outreach"], await tab.Page.Locator(".search-result h2").AllTextContentsAsync());

        await tab.Page.Locator("#sg-search-q").FillAsync("zebra");
        await tab.Page.Locator(".search-status", new PageLocatorOptions { HasText = "zebra" }).WaitForAsync();
        Assert.Equal("No page matches “zebra”.", await tab.Page.Locator(".search-status").TextContentAsync());
        Assert.Equal(0, await tab.Page.Locator(".search-result").CountAsync());
        tab.AssertStayedOffline();
    }

    [Theory]
    [InlineData("Participación ciudadana — l’accès aux DONNÉES-ouvertes (2024) à l'œuvre")]
    [InlineData("Straße ÅNGSTRÖM naïve café_noir x² İstanbul ﬁle")]
    [InlineData("Ελληνικά κείμενα, 日本語テキスト デジタル; Čeština ŁÓDŹ")]
    [InlineData("Supercalifragilisticexpialidociousandlongerstill or a")]
    public async Task The_script_folds_and_splits_a_query_exactly_as_the_build_folds_pages(string text)
    {
        await using var tab = await browser.OpenAsync();
        await tab.GotoFileAsync(Bundles.PathOf("all", "en/search/index.html"));

        var terms = await tab.Page.EvaluateAsync<string[]>("text => window.StatiqGuidesSearch.terms(text)", text);

        Assert.Equal(StatiqGuides.Modules.Search.SearchText.Terms(text), terms);
        tab.AssertStayedOffline();
    }

    [Fact]
    public async Task Without_JavaScript_the_search_page_says_that_search_needs_it()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(OfflineBrowserPage.FileUrl(Bundles.PathOf("all", "en/search/index.html")) + "?q=data");

            Assert.True(await page.GetByText("Search needs JavaScript").IsVisibleAsync());
            Assert.Equal(0, await page.Locator(".search-result").CountAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_header_search_box_of_any_page_opens_the_search_page_of_that_language()
    {
        await using var tab = await browser.OpenAsync();

        await tab.GotoFileAsync(Bundles.PathOf("all", "es/guides/websites/portals/index.html"));
        await tab.Page.Locator("#sg-site-q").FillAsync("licencias");
        await tab.Page.Locator(".site-search button").ClickAsync();
        await PageArrival.ArrivedAsync(tab.Page, new Regex(Regex.Escape("/es/search/index.html?q=licencias")));
        await tab.Page.Locator(".search-result").First.WaitForAsync();

        Assert.Equal(["Licencias"], await tab.Page.Locator(".search-result h2").AllTextContentsAsync());
        Assert.Equal(0, await tab.Page.Locator("#sg-search-no-script").CountAsync());
        tab.AssertStayedOffline();
    }
}
