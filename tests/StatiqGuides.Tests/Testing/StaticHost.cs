using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace StatiqGuides.Tests.Testing;

/// <summary>A built output folder answered at its own origin (the site's base URL) inside a browser context, as a static
/// host serves it: a folder URL gets its index.html, a missing path the root 404.html with status 404. Pages that link
/// their assets by absolute URL (the 404 pages, hosted at any path) then load them, which file:// cannot do; no port
/// is opened, and every request for anything else is aborted and recorded.</summary>
public sealed class StaticHost(string folder, Uri origin)
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
