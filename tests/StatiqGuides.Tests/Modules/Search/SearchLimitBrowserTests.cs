using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Search;

/// <summary>search.js shows results a few at a time and at most 100 of them, and says so, on a built site opened from disk.</summary>
[Collection(BrowserTests.Name)]
public sealed class SearchLimitBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const int Guides = 101;

    private readonly TestSite _site = Enumerable.Range(1, Guides).Aggregate(TestSite.Create(),
        (site, i) => site.WithGuide($"budget-{i:000}", $"title: Budget report {i:000}\nsummary: A yearly budget."));

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
    public async Task More_than_a_hundred_matches_show_five_at_a_time_up_to_the_first_hundred_and_say_so()
    {
        await using var tab = await browser.OpenAsync();

        await tab.GotoFileAsync(_site.OutputPath("en/search/index.html"), "?q=budget");
        var results = tab.Page.Locator(".search-result");
        await results.First.WaitForAsync();

        Assert.Equal("101 pages match “budget”. The first 100 are shown: add a word to narrow the search.",
            await tab.Page.Locator(".search-status").TextContentAsync());
        Assert.Equal(5, await results.CountAsync());
        var more = tab.Page.Locator(".search-more");
        for (var shown = 5; shown < 100; shown += 5)
        {
            Assert.Equal("More results", await more.TextContentAsync());
            await more.ClickAsync();
            await results.Nth(shown).WaitForAsync();
        }
        Assert.Equal(100, await results.CountAsync());
        Assert.Equal(0, await more.CountAsync());
        tab.AssertStayedOffline();
    }
}
