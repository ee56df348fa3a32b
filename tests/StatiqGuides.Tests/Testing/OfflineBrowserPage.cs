using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StatiqGuides.Tests.Testing;

/// <summary>A page in its own browser context that lets only file:// requests through and records the rest, and
/// records console errors, so a test can assert that a bundle opened from disk asks nothing of the network.</summary>
public sealed class OfflineBrowserPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    // A regular expression, not a predicate, so that the browser matches it (Playwright sends its source).
    private static readonly Regex NotAFile = new("^(?!file://)");

    private readonly ConcurrentQueue<string> _blocked = new();
    private readonly ConcurrentQueue<string> _errors = new();

    public IPage Page { get; } = page;

    /// <summary>Every request that was not for a file://, in order.</summary>
    public IReadOnlyList<string> BlockedRequests => [.. _blocked];

    /// <summary>Console errors and uncaught script errors, in order.</summary>
    public IReadOnlyList<string> ConsoleErrors => [.. _errors];

    internal async Task WatchAsync()
    {
        // Only what leaves file:// comes to this process. A handler for every request made each file of a page wait for
        // a thread of this test process, which a busy suite may not have free: in CI on 2026-12-07 a page of a bundle
        // did not reach its load event within 30 s.
        await context.RouteAsync(NotAFile, async route =>
        {
            _blocked.Enqueue(route.Request.Url);
            await route.AbortAsync();
        });
        Page.Console += (_, message) =>
        {
            if (message.Type == "error") _errors.Enqueue(message.Text);
        };
        Page.PageError += (_, error) => _errors.Enqueue(error);
    }

    public static string FileUrl(string path) => new Uri(path).AbsoluteUri;

    /// <summary>Opens a file of a folder on disk, with an optional query string (<c>?q=donnees</c>).</summary>
    public async Task GotoFileAsync(string path, string query = "")
    {
        await Page.GotoAsync(FileUrl(path) + query);
    }

    /// <summary>Nothing went anywhere but file://, and the console shows no error.</summary>
    public void AssertStayedOffline()
    {
        Expect.Lines(BlockedRequests, [], "requests that left file://");
        Expect.Lines(ConsoleErrors, [], "console errors");
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
    }
}
