using System.Text.Json;
using StatiqGuides.Tests.Modules.Build;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Accessibility;

/// <summary>axe-core (from the npm registry; scripts/test.sh installs it into tests/.tools/) in Chromium over every page
/// kind of the real site in its three languages: no WCAG 2.0, 2.1 or 2.2 A/AA violation.</summary>
[Collection(AccessibilityBrowserTests.Name)]
public sealed class AxeBrowserTests(BrowserFixture browser, RealInputBuildFixture site) : IClassFixture<RealInputBuildFixture>
{
    private static string AxeScript => Path.Combine(RepositoryPaths.Root, "tests", ".tools", "node_modules", "axe-core", "axe.min.js");

    public static TheoryData<string> Pages()
    {
        string[] kinds =
        [
            "index.html", "guides/websites/index.html", "guides/websites/accessible-websites/index.html", "guides/websites/print/index.html",
            "case-studies/index.html", "case-studies/kenya-hansard-digitisation/index.html", "tags/accessibility/index.html",
            "hubs/hub-websites/index.html", "search/index.html", "about/index.html",
        ];
        var data = new TheoryData<string>();
        foreach (var language in new[] { "en", "fr", "es" })
        {
            foreach (var kind in kinds) data.Add($"{language}/{kind}");
        }
        // The language choice and the translation status page; 404.html is left out: it links its stylesheets by absolute URL (it is served at any
        // path), which a file:// test cannot load, and unstyled it is not what readers see.
        data.Add("index.html");
        data.Add("translation-status/index.html");
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_wcag_22_aa_violation(string page)
    {
        Assert.True(File.Exists(AxeScript), $"{AxeScript} is missing: run scripts/test.sh, which installs axe-core from npm");
        Assert.True(File.Exists(site.PathOf(page)), $"{page} was not built");
        await using var tab = await browser.OpenAsync();
        // "#choose" keeps the language choice on screen instead of sending the browser to a home page.
        await tab.GotoFileAsync(site.PathOf(page), page == "index.html" ? "#choose" : "");
        await tab.Page.AddScriptTagAsync(new() { Path = AxeScript });

        var result = await tab.Page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              return r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
            }
            """);

        Expect.Lines([.. result.EnumerateArray().Select(v => v.GetString()!)], [], $"axe violations on {page}");
    }
}
