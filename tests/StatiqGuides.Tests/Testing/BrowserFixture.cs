using Microsoft.Playwright;
using StatiqGuides.Tests.Testing.Scheduling;

namespace StatiqGuides.Tests.Testing;

/// <summary>One headless Chromium (Debian's, at /usr/bin/chromium: Playwright never downloads a browser here) for each
/// collection that drives one (<see cref="BrowserTests"/>, <see cref="AccessibilityBrowserTests"/>,
/// <see cref="InputBundleTests"/>); each test opens its own <see cref="OfflineBrowserPage"/> or tabs.</summary>
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
            // Site isolation off: a navigation stays in its renderer instead of starting a new process (each test
            // site is one origin, and no test is about process boundaries), which takes a fifth off the accessibility
            // tests' browser time (bench/PROFILE.md, "The test suite").
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-site-isolation-trials",
                "--disable-features=site-per-process,IsolateOrigins,BackForwardCache,RenderDocument,ProactivelySwapBrowsingInstance"],
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

/// <summary>The tests that drive the shared browser on sites of their own (the bundles of input/ are opened in
/// <see cref="InputBundleTests"/>, which bundles the real site once for every test that reads them).</summary>
[CollectionDefinition(Name)]
[LongRunning(60)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
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
