using Microsoft.Playwright;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Accessibility;

/// <summary>WCAG 2.2 SC 2.5.8 on the header, the language switcher and search of the page kinds that differ in them, in every language, on
/// a desktop screen and a 320 px wide one (<see cref="TargetSizeProbe"/>).</summary>
[Collection(AccessibilityBrowserTests.Name)]
public sealed class TargetSizeBrowserTests(BrowserFixture browser, AccessibleSites sites)
{
    /// <summary>The header is the same partial on every page but the search page (no header form) and the site root's
    /// pages; its texts, and so its sizes, change with the language.</summary>
    private static readonly string[] HeaderKinds = ["index.html", "guides/websites/accessible-websites/", "search/?q=parl", "404.html"];

    private static IReadOnlyList<string> Pages =>
        [.. PageKinds.Languages.SelectMany(language => HeaderKinds.Select(page => $"{language}/{page}")), .. PageKinds.Root];

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(320, 640)]
    public async Task Every_target_of_the_header_switcher_and_search_is_24px_or_spaced(int width, int height)
    {
        var lines = await BrowserTabs.VisitAsync(browser.Browser, sites.Real, Pages, (page, path) => ProbeAsync(page, sites.Real.UrlOf(path)), width, height);

        Expect.Lines(lines, [], "targets under 24 CSS px without the spacing");
    }

    [Fact]
    public async Task The_probe_finds_a_small_target_crowding_another()
    {
        // Each check above can fail: the switcher's links cut to their language codes in 10px text with no gap meet
        // one another.
        var lines = await BrowserTabs.VisitAsync(browser.Browser, sites.Real, ["en/guides/websites/"], async (page, path) =>
        {
            await page.GotoAsync(sites.Real.UrlOf(path));
            await page.EvaluateAsync("() => document.querySelectorAll('.lang-switch a').forEach(a => a.textContent = a.hreflang)");
            await page.AddStyleTagAsync(new() { Content = ".lang-switch ul { gap: 0 !important } .lang-switch a { display: inline !important; padding: 0 !important; font-size: 10px !important; line-height: 1 !important }" });
            return await page.EvaluateAsync<string[]>(TargetSizeProbe.Script, TargetSizeProbe.Regions);
        });

        Assert.Contains(lines, line => line.Contains("a \"en\" is ", StringComparison.Ordinal) && line.Contains("circle meets a \"fr\"", StringComparison.Ordinal));
    }

    private static async Task<IEnumerable<string>> ProbeAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        if (url.Contains("?q=", StringComparison.Ordinal)) await page.Locator(".search-result").First.WaitForAsync();
        return await page.EvaluateAsync<string[]>(TargetSizeProbe.Script, TargetSizeProbe.Regions);
    }
}
