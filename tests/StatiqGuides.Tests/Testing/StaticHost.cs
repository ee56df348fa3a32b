using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace StatiqGuides.Tests.Testing;

/// <summary>A built output folder answered at its own origin (the site's base URL) inside a browser context, as a static
/// host serves it: a folder URL gets its index.html, a missing path the root 404.html with status 404. Pages that link
/// their assets by absolute URL (the 404 pages, hosted at any path) then load them, which file:// cannot do; no port
/// is opened, and every request for anything else is aborted and recorded.</summary>
public sealed class StaticHost(string folder, Uri origin) : IAsyncDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8", [".json"] = "application/json", [".xml"] = "application/xml",
        [".svg"] = "image/svg+xml", [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp", [".gif"] = "image/gif", [".ico"] = "image/x-icon", [".txt"] = "text/plain; charset=utf-8",
        [".woff2"] = "font/woff2",
    };

    public Uri Origin { get; } = origin;

    /// <summary>The address of <paramref name="page"/>, a path relative to the output folder (<c>en/index.html</c>,
    /// <c>fr/nowhere/</c>).</summary>
    public string UrlOf(string page) => new Uri(Origin, page).AbsoluteUri;

    /// <summary>A fresh context of <paramref name="width"/> × <paramref name="height"/> CSS px answering this site. It asks
    /// for reduced motion, so a measurement sees the page at rest: the theme's smooth scrolling would otherwise still
    /// be carrying a newly focused element into view.</summary>
    public async Task<StaticHostPage> OpenAsync(IBrowser browser, int width = 1280, int height = 800)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "en-GB", ViewportSize = new ViewportSize { Width = width, Height = height }, ReducedMotion = ReducedMotion.Reduce,
        });
        var page = await context.NewPageAsync();
        var hosted = new StaticHostPage(context, page);
        hosted.Watch();
        await context.RouteAsync("**/*", route => AnswerAsync(route, hosted));
        return hosted;
    }

    private readonly List<StaticHostPage> _tabs = [];
    private IBrowser? _tabsBrowser;
    private int _lent;

    /// <summary>Lends <paramref name="count"/> tabs of this site, each at about:blank and sized <paramref name="width"/> ×
    /// <paramref name="height"/>, and takes them back when the lease is disposed. The tabs are kept for the next lease:
    /// opening one costs Chromium about 0.4 CPU-s, more than most visits (bench/PROFILE.md, "The test suite"). One lease
    /// at a time: the tests of a collection run one after another.</summary>
    public async Task<TabLease> LendTabsAsync(IBrowser browser, int count, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(browser);
        if (Interlocked.Exchange(ref _lent, 1) == 1) throw new InvalidOperationException("The tabs of this site are already lent.");
        try
        {
            if (_tabsBrowser is not null && _tabsBrowser != browser) throw new InvalidOperationException("The tabs of this site belong to another browser.");
            _tabsBrowser = browser;
            while (_tabs.Count < count) _tabs.Add(await OpenAsync(browser, width, height));
            var lent = _tabs.Take(count).ToList();
            await Task.WhenAll(lent.Select(async tab =>
            {
                await tab.Page.SetViewportSizeAsync(width, height);
                // A fresh document: the next visit never continues the last one's (a URL that differs only by its
                // fragment would otherwise scroll the old page rather than load a new one).
                await tab.Page.GotoAsync("about:blank");
            }));
            return new TabLease(lent, () => Volatile.Write(ref _lent, 0));
        }
        catch
        {
            Volatile.Write(ref _lent, 0);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var tab in _tabs)
        {
            try
            {
                await tab.DisposeAsync();
            }
            catch (PlaywrightException)
            {
                // The browser closed first, and its contexts with it.
            }
        }
        _tabs.Clear();
    }

    private async Task AnswerAsync(IRoute route, StaticHostPage hosted)
    {
        var url = new Uri(route.Request.Url);
        if (!string.Equals(url.GetLeftPart(UriPartial.Authority) + "/", Origin.AbsoluteUri, StringComparison.OrdinalIgnoreCase))
        {
            hosted.RecordLeak(url.AbsoluteUri);
            await route.AbortAsync();
            return;
        }
        var relative = Uri.UnescapeDataString(url.AbsolutePath).TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var path = Path.GetFullPath(Path.Combine(folder, relative));
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        var found = path.StartsWith(root, StringComparison.Ordinal) && File.Exists(path);
        if (!found)
        {
            // A missing page is the 404 page, as a host sends it; a missing stylesheet, script or image is a broken page.
            if (!route.Request.IsNavigationRequest) hosted.RecordMissing(url.AbsoluteUri);
            path = Path.Combine(folder, "404.html");
        }
        ContentTypes.TryGetValue(Path.GetExtension(path), out var type);
        await route.FulfillAsync(new RouteFulfillOptions
        {
            Status = found ? 200 : 404,
            ContentType = type ?? "application/octet-stream",
            BodyBytes = await File.ReadAllBytesAsync(path),
        });
    }
}

/// <summary>Tabs lent by <see cref="StaticHost.LendTabsAsync"/>; disposing the lease gives them back, open.</summary>
public sealed class TabLease(IReadOnlyList<StaticHostPage> tabs, Action giveBack) : IDisposable
{
    public IReadOnlyList<StaticHostPage> Tabs { get; } = tabs;

    public void Dispose() => giveBack();
}

/// <summary>A page of a <see cref="StaticHost"/>; records requests that left the site's origin and console errors.</summary>
public sealed class StaticHostPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _problems = new();

    public IPage Page { get; } = page;

    /// <summary>Requests for anything but the site's origin, missing files, console errors and script errors, in order.</summary>
    public IReadOnlyList<string> Problems => [.. _problems];

    internal void RecordLeak(string url) => _problems.Enqueue("request outside the site: " + url);

    internal void RecordMissing(string url) => _problems.Enqueue("missing file: " + url);

    internal void Watch()
    {
        Page.Console += (_, message) =>
        {
            // Failed loads are recorded by the host, which knows which were pages (a 404 page is answered as such).
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                _problems.Enqueue("console: " + message.Text);
            }
        };
        Page.PageError += (_, error) => _problems.Enqueue("script error: " + error);
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
