using Microsoft.Playwright;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Accessibility;

/// <summary>WCAG 2.1 SC 1.4.10 Reflow: at 320 CSS px wide, no page of any kind in any language scrolls sideways (wide
/// tables and code scroll inside their own box).</summary>
[Collection(AccessibilityBrowserTests.Name)]
public sealed class ReflowBrowserTests(BrowserFixture browser, AccessibleSites sites)
{
    private const string Overflow = """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          // The elements that stick out of the page themselves: not inside a box that scrolls or clips them, and
          // not merely the ancestors of one that does.
          const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) { if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
          const out = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > width + 0.5 && e.checkVisibility() && !clipped(e));
          const culprits = out.filter(e => !out.some(c => c !== e && e.contains(c)));
          return ['page is ' + document.documentElement.scrollWidth + 'px wide: ' + culprits.slice(0, 5).map(e => e.localName + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : '') + ' (right ' + Math.round(e.getBoundingClientRect().right) + ')').join(', ')];
        }
        """;

    [Fact]
    public async Task No_page_scrolls_sideways_at_320px()
    {
        var real = await BrowserTabs.VisitAsync(browser.Browser, sites.Real, PageKinds.All, (page, path) => ProbeAsync(page, sites.Real.UrlOf(path)), 320, 640);
        var sample = await BrowserTabs.VisitAsync(browser.Browser, sites.Sample, PageKinds.Sample, (page, path) => ProbeAsync(page, sites.Sample.UrlOf(path)), 320, 640);

        Expect.Lines([.. real, .. sample], [], "pages wider than 320px");
    }

    [Fact]
    public async Task The_probe_names_what_widens_a_page()
    {
        // The check above can fail: an unbreakable line in the header widens the page, and is named.
        var lines = await BrowserTabs.VisitAsync(browser.Browser, sites.Real, ["en/about/"], async (page, path) =>
        {
            await page.GotoAsync(sites.Real.UrlOf(path));
            await page.EvaluateAsync("() => document.querySelector('.site-title').textContent = 'x'.repeat(80)");
            return await page.EvaluateAsync<string[]>(Overflow);
        }, 320, 640);

        Assert.Contains(lines, line => line.Contains("px wide: a.site-title", StringComparison.Ordinal));
    }

    private static async Task<IEnumerable<string>> ProbeAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        if (url.Contains("?q=", StringComparison.Ordinal)) await page.Locator(".search-result").First.WaitForAsync();
        return await page.EvaluateAsync<string[]>(Overflow);
    }
}
