using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace StatiqGuides.Modules.Serve;

/// <summary>Kestrel, bound to 127.0.0.1 only, serving the session's latest site from memory, the reload script and the
/// Server-Sent Events endpoint that tells browsers to reload.</summary>
public sealed class DevServer(Func<ServedSite> site, ReloadHub hub, ProductionHeaders? headers = null) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;

    /// <summary>Starts listening; <paramref name="port"/> 0 takes a free port. Returns the address, <c>http://127.0.0.1:N/</c>.</summary>
    /// <exception cref="IOException">The port is taken.</exception>
    public async Task<Uri> StartAsync(int port, CancellationToken cancellationToken)
    {
        // The empty builder reads no configuration files and watches nothing: the only watcher is ours.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, CommandLifetime>();
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        switch (path)
        {
            case DevPage.EventsPath:
                await EventsAsync(http).ConfigureAwait(false);
                return;
            case DevPage.ScriptPath:
                await WriteAsync(http, 200, "text/javascript; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(DevPage.Script)).ConfigureAwait(false);
                return;
            case DevPage.StylePath:
                await WriteAsync(http, 200, "text/css; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(DevPage.Style)).ConfigureAwait(false);
                return;
            case DevPage.VersionPath:
                await WriteAsync(http, 200, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(VersionFor(PageOf(http), site()))).ConfigureAwait(false);
                return;
        }
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            await WriteAsync(http, 405, "text/plain; charset=utf-8", "GET only\n"u8.ToArray()).ConfigureAwait(false);
            return;
        }
        var current = site();
        switch (ServedPaths.Resolve(path, current.Files))
        {
            case { Redirect: { } location }:
                http.Response.StatusCode = 301;
                http.Response.Headers.Location = location + http.Request.QueryString;
                return;
            case { File: { } file, Path: { } found }:
                await SendAsync(http, 200, found, file, current).ConfigureAwait(false);
                return;
            default:
                if (current.Files.TryGetValue("404.html", out var notFound))
                {
                    await SendAsync(http, 404, "404.html", notFound, current).ConfigureAwait(false);
                }
                else
                {
                    await WriteAsync(http, 404, "text/plain; charset=utf-8", "not found\n"u8.ToArray()).ConfigureAwait(false);
                }
                return;
        }
    }

    private async Task SendAsync(HttpContext http, int status, string path, ServedFile file, ServedSite current)
    {
        // The published site's headers, so that what its Content-Security-Policy blocks is blocked here too.
        foreach (var (name, value) in (headers ?? ProductionHeaders.None).For(http.Request.Path.Value ?? "/"))
        {
            http.Response.Headers[name] = value;
        }
        var bytes = await file.ReadAsync(http.RequestAborted).ConfigureAwait(false);
        var type = ServedPaths.ContentType(path);
        if (type.StartsWith("text/html", StringComparison.Ordinal)) bytes = DevPage.Inject(bytes, current, current.PageVersion(http.Request.Path.Value ?? "/"));
        await WriteAsync(http, status, type, bytes).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext http, int status, string type, byte[] bytes)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = type;
        // Every edit must show at once: nothing served while previewing may be cached.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task EventsAsync(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        var page = PageOf(http);
        var (id, messages) = hub.Subscribe();
        using var done = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
        try
        {
            await SendEventAsync(http, $"retry: 1000\ndata: {ReloadHub.VersionMessage(VersionFor(page, site()))}\n\n", done.Token).ConfigureAwait(false);
            while (!done.IsCancellationRequested)
            {
                using var heartbeat = CancellationTokenSource.CreateLinkedTokenSource(done.Token);
                heartbeat.CancelAfter(TimeSpan.FromSeconds(15));
                try
                {
                    var message = await messages.ReadAsync(heartbeat.Token).ConfigureAwait(false);
                    // A page's browser is sent its page's version, read when the message goes out: the site published is
                    // at least as new as the one the message announced.
                    if (page is not null) message = ReloadHub.IsReload(message) ? ReloadHub.ReloadMessage(VersionFor(page, site())) : message;
                    await SendEventAsync(http, $"data: {message}\n\n", done.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!done.IsCancellationRequested)
                {
                    // A comment keeps proxies and browsers from dropping an idle connection.
                    await SendEventAsync(http, ": keep-alive\n\n", done.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away, or the server is stopping.
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            // The server is stopping.
        }
        finally
        {
            hub.Unsubscribe(id);
        }
    }

    /// <summary>The page a reload script asks for (<c>?page=/en/guides/</c>), or null for the site as a whole.</summary>
    private static string? PageOf(HttpContext http) =>
        http.Request.Query.TryGetValue("page", out var page) && page.Count == 1 && page[0] is { Length: > 0 } path && path[0] == '/' ? path : null;

    /// <summary>The version a listener of <paramref name="page"/> compares with its own: the page's, or the site's when no
    /// page is named.</summary>
    private static string VersionFor(string? page, ServedSite current) =>
        page is null ? current.Version.ToString(CultureInfo.InvariantCulture) : current.PageVersion(page);

    private static async Task SendEventAsync(HttpContext http, string text, CancellationToken cancellationToken)
    {
        await http.Response.WriteAsync(text, cancellationToken).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task StopAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        hub.CloseAll();
        if (_app is { } app)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await app.StopAsync(timeout.Token).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        if (_app is { } app) await app.DisposeAsync().ConfigureAwait(false);
        _app = null;
        _stopping.Dispose();
    }
}
