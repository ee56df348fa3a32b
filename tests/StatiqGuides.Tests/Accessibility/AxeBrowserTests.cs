using System.Text.Json;
using Microsoft.Playwright;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Accessibility;

/// <summary>axe-core (from the npm registry; scripts/test.sh installs it into tests/.tools/) in Chromium over every page
/// kind of the real site in its three languages, the 404 pages and the sample host's listing: no WCAG 2.0, 2.1 or 2.2
/// A/AA violation.</summary>
[Collection(AccessibilityBrowserTests.Name)]
public sealed class AxeBrowserTests(BrowserFixture browser, AccessibleSites sites)
{
    private static string AxeScript => Path.Combine(RepositoryPaths.Root, "tests", ".tools", "node_modules", "axe-core", "axe.min.js");

    [Fact]
    public async Task Axe_finds_no_wcag_22_aa_violation_on_any_page_kind_in_any_language()
    {
        Assert.True(File.Exists(AxeScript), $"{AxeScript} is missing: run scripts/test.sh, which installs axe-core from npm");

        var real = await BrowserTabs.VisitAsync(browser.Browser, sites.Real, PageKinds.All, (page, path) => AxeAsync(page, sites.Real, path));
        var sample = await BrowserTabs.VisitAsync(browser.Browser, sites.Sample, PageKinds.Sample, (page, path) => AxeAsync(page, sites.Sample, path));

        Expect.Lines([.. real, .. sample], [], "axe violations");
    }

    [Fact]
    public async Task Axe_reports_a_violation_the_theme_could_make()
    {
        // The run above can fail: the same check on a guide whose switcher links lose their names finds them.
        var lines = await BrowserTabs.VisitAsync(browser.Browser, sites.Real, ["en/guides/websites/accessible-websites/"], async (page, path) =>
        {
            await page.GotoAsync(sites.Real.UrlOf(path));
            await page.EvaluateAsync("() => document.querySelectorAll('.lang-switch a').forEach(a => a.textContent = '')");
            return await RunAxeAsync(page);
        });

        Assert.Contains(lines, line => line.Contains("link-name: ", StringComparison.Ordinal) && line.Contains("hreflang", StringComparison.Ordinal));
    }

    private static async Task<IEnumerable<string>> AxeAsync(IPage page, StaticHost site, string path)
    {
        await page.GotoAsync(site.UrlOf(path));
        if (path.Contains("?q=", StringComparison.Ordinal)) await page.Locator(".search-result").First.WaitForAsync();
        return await RunAxeAsync(page);
    }

    private static async Task<IEnumerable<string>> RunAxeAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = AxeScript });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              return r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
            }
            """);
        return result.EnumerateArray().Select(v => v.GetString()!);
    }
}
