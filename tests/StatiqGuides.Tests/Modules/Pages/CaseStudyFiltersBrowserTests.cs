using Microsoft.Playwright;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Pages;

/// <summary>case-study-filters.js in Chromium, on a built case-study index opened from disk.</summary>
[Collection(BrowserTests.Name)]
public sealed class CaseStudyFiltersBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly TestSite _site = TestSite.Create()
        .WithFile("guides/open-data/_section.yml", "title: Open data\nsummary: Publishing data.\nhub: hub-web\norder: 2\n")
        .WithFile("hubs.yml", TestSite.HubsYml.Replace("sections: [websites]", "sections: [websites, open-data]", StringComparison.Ordinal))
        .WithFile("guides/open-data/portals.md", "---\ntitle: Portals\nsummary: Data portals.\ncase_studies: [chile, france]\n---\n\nText.\n")
        .WithCaseStudy("kenya", "title: Kenya\nregion: Africa\ncountry: KE\nyear: 2020")
        .WithCaseStudy("chile", "title: Chile\nregion: Americas\ncountry: CL\nyear: 2019\nthemes: [websites, open-data]")
        .WithCaseStudy("france", "title: France\nregion: Europe\ncountry: FR\nyear: 2020\nthemes: [open-data]", cited: false);

    public async Task InitializeAsync()
    {
        var result = await _site.BuildAsync();
        Expect.NoDiagnostics(result.Diagnostics);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Filtering_by_theme_region_country_and_year_shows_only_the_matching_cards()
    {
        await using var tab = await browser.OpenAsync();
        var page = tab.Page;
        await tab.GotoFileAsync(_site.OutputPath("en/case-studies/index.html"));
        await page.Locator("form.filters:not([hidden])").WaitForAsync();

        Assert.Equal(["Chile", "France", "Kenya"], await VisibleAsync(page));
        Assert.Equal("3 of 3 case studies shown.", await page.Locator(".filter-status").TextContentAsync());

        await page.SelectOptionAsync("#sg-filter-theme", "open-data");
        Assert.Equal(["Chile", "France"], await VisibleAsync(page));
        Assert.Equal("2 of 3 case studies shown.", await page.Locator(".filter-status").TextContentAsync());

        await page.SelectOptionAsync("#sg-filter-year", "2020");
        Assert.Equal(["France"], await VisibleAsync(page));
        // The websites group has no France card left, so it is hidden whole.
        Assert.Equal(["Open data"], await page.Locator(".card-group:not([hidden]) > h2").AllTextContentsAsync());

        await page.SelectOptionAsync("#sg-filter-theme", "");
        Assert.Equal(["France", "Kenya"], await VisibleAsync(page));

        await page.SelectOptionAsync("#sg-filter-year", "");
        await page.SelectOptionAsync("#sg-filter-region", "Africa");
        Assert.Equal(["Kenya"], await VisibleAsync(page));

        await page.SelectOptionAsync("#sg-filter-region", "");
        await page.SelectOptionAsync("#sg-filter-country", "CL");
        Assert.Equal(["Chile"], await VisibleAsync(page));
        Assert.Equal(["Websites", "Open data"], await page.Locator(".card-group:not([hidden]) > h2").AllTextContentsAsync());

        await page.SelectOptionAsync("#sg-filter-country", "");
        Assert.Equal(["Chile", "France", "Kenya"], await VisibleAsync(page));
        tab.AssertStayedOffline();
    }

    [Fact]
    public void Without_the_script_the_index_is_the_full_grouped_list_and_the_filters_stay_hidden()
    {
        var page = Html.Parse(_site.ReadOutput("en/case-studies/index.html"));

        Assert.NotNull(page.QuerySelector("form.filters[hidden]"));
        Assert.Equal(["Websites", "Open data"], page.QuerySelectorAll(".card-group > h2").Select(h => h.TextContent));
        Assert.Equal(["Chile", "Kenya", "Chile", "France"], page.QuerySelectorAll(".card-group .card-title").Select(h => h.TextContent));
        Assert.Equal(["", "open-data", "websites"], page.QuerySelectorAll("#sg-filter-theme option").Select(o => o.GetAttribute("value")).Order(StringComparer.Ordinal));
    }

    /// <summary>The distinct titles of the visible cards, sorted: a case study under two themes counts once.</summary>
    private static async Task<List<string>> VisibleAsync(IPage page) =>
        [.. (await page.Locator(".card[data-year]:visible .card-title").AllTextContentsAsync()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
