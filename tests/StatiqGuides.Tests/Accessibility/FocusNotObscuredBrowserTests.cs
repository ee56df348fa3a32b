using Microsoft.Playwright;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Accessibility;

/// <summary>WCAG 2.2 SC 2.4.11: Tab through the header, the language switcher, search and the start of the page, then
/// focus every other element of the page, on every page kind, on a desktop screen (where the table of contents is sticky) and a 320 px wide one; no focused element is
/// entirely hidden (<see cref="FocusProbe"/>).</summary>
[Collection(AccessibilityBrowserTests.Name)]
public sealed class FocusNotObscuredBrowserTests(BrowserFixture browser, AccessibleSites sites)
{
    // The header, skip link, language switcher, search and the first links of the page are reached by real Tab presses;
    // the rest of the page's focusable elements by script (FocusProbe.RestOfPage), which a print page's hundreds of links
    // make far faster.
    private const int RealTabs = 40;

    /// <summary>Every page kind in English, the home pages of the other languages and the site root's pages: focus
    /// order depends on the layout, not on the language.</summary>
    private static IReadOnlyList<string> Pages =>
        [.. PageKinds.PerLanguage.Select(page => "en/" + page), "fr/index.html", "es/index.html", .. PageKinds.Root];

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(320, 640)]
    public async Task No_focused_element_is_entirely_hidden(int width, int height)
    {
        var lines = await BrowserTabs.VisitAsync(browser.Browser, sites.Real, Pages, (page, path) => TabThroughAsync(page, sites.Real.UrlOf(path)), width, height);

        Expect.Lines(lines, [], "focused elements hidden");
    }

    [Fact]
    public async Task The_probe_finds_focus_under_a_sticky_header()
    {
        // The check above can fail: a sticky header over the page hides the links that scroll under it.
        var lines = await BrowserTabs.VisitAsync(browser.Browser, sites.Real, ["en/guides/websites/accessible-websites/"], async (page, path) =>
        {
            await page.GotoAsync(sites.Real.UrlOf(path));
            await page.AddStyleTagAsync(new() { Content = ".site-header { position: fixed; top: 0; left: 0; right: 0; height: 60vh; z-index: 5; }" });
            return await TabThroughAsync(page, null);
        });

        Assert.Contains(lines, line => line.Contains(" is hidden by ", StringComparison.Ordinal));
    }

    private static async Task<IEnumerable<string>> TabThroughAsync(IPage page, string? url)
    {
        if (url is not null)
        {
            await page.GotoAsync(url);
            if (url.Contains("?q=", StringComparison.Ordinal)) await page.Locator(".search-result").First.WaitForAsync();
        }
        var problems = new List<string>();
        for (var i = 0; i < RealTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var found = await page.EvaluateAsync<string?>(FocusProbe.Script);
            if (found is null) return problems;
            if (found.Length > 0) problems.Add(found);
        }
        problems.AddRange(await page.EvaluateAsync<string[]>(FocusProbe.RestOfPage));
        return problems;
    }
}
