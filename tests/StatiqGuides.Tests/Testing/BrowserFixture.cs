using Microsoft.Playwright;
using StatiqGuides.Tests.Testing.Scheduling;

namespace StatiqGuides.Tests.Testing;

/// <summary>One headless Chromium (Debian's, at /usr/bin/chromium: Playwright never downloads a browser here) shared by
/// every test of the <see cref="BrowserTests"/>; each test opens its own <see cref="OfflineBrowserPage"/>.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (scripts/test.sh does).");
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }

    /// <summary>A fresh browser context whose every request is watched: file:// goes through, anything else is
    /// aborted and recorded, and console errors and page errors are recorded.</summary>
    public async Task<OfflineBrowserPage> OpenAsync(string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale });
        var page = await context.NewPageAsync();
        var watched = new OfflineBrowserPage(context, page);
        await watched.WatchAsync();
        return watched;
    }
}

/// <summary>The tests that drive the shared browser, and the bundles of input/ that some of them open from disk (built
/// once for the collection: bundling the real site is the costliest fixture of the suite).</summary>
[CollectionDefinition(Name)]
[LongRunning(60)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>, ICollectionFixture<InputBundlesFixture>
{
    public const string Name = "Browser";
}

/// <summary>The accessibility tests (axe-core, target size, focus not obscured), with a browser of their own and the
/// sites they visit built once: they are the longest of the browser tests, and wait on no other, so the two
/// collections run side by side.</summary>
[CollectionDefinition(Name)]
[LongRunning(70)]
public sealed class AccessibilityBrowserTests : ICollectionFixture<BrowserFixture>, ICollectionFixture<Accessibility.AccessibleSites>
{
    public const string Name = "Accessibility browser";
}
