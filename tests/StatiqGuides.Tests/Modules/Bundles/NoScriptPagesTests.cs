using Microsoft.Playwright;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Bundles;

/// <summary>Every kind of page shows its content with scripting disabled, opened from an unzipped bundle on disk.</summary>
[Collection(InputBundleTests.Name)]
public sealed class NoScriptPagesTests(BrowserFixture browser, InputBundlesFixture bundles)
{
    [Theory]
    [InlineData("index.html", ".language-list a")]
    [InlineData("en/index.html", ".cards .card")]
    [InlineData("fr/guides/open-data/index.html", ".cards .card")]
    [InlineData("fr/guides/open-data/print/index.html", ".printed-guide")]
    [InlineData("es/guides/websites/accessible-websites/index.html", ".prose p")]
    [InlineData("en/case-studies/index.html", ".card")]
    [InlineData("fr/about/index.html", ".prose p")]
    [InlineData("en/downloads/index.html", "#update p")]
    [InlineData("en/search/index.html", "noscript, .search-form")]
    public async Task A_page_shows_its_heading_and_content_with_JavaScript_disabled(string path, string content)
    {
        var file = bundles.Bundles.PathOf("all", path);
        Assert.True(File.Exists(file), $"{path} is not in the bundle");
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync(OfflineBrowserPage.FileUrl(file));

        Assert.True(await page.Locator("h1").First.IsVisibleAsync(), $"{path}: no visible heading");
        Assert.True(await page.Locator(content).CountAsync() > 0, $"{path}: no {content}");
        var text = await page.Locator("main").InnerTextAsync();
        Assert.True(text.Trim().Length > 40, $"{path}: main shows only '{text}'");
    }
}
