using StatiqGuides.Modules.Serve;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Serve;

/// <summary><c>serve</c>'s reload script in Chromium, under the site's own Content-Security-Policy: saving a guide
/// reloads the tab showing it, and not a tab showing a page the save did not change.</summary>
[Collection(BrowserTests.Name)]
public sealed class LiveReloadBrowserTests(BrowserFixture browser)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // Set in each tab once it is open: a reload starts a new document, which does not have it.
    private const string Mark = "() => { window.__sgStayed = true; }";
    private const string Stayed = "() => window.__sgStayed === true";

    [Fact]
    public async Task Saving_a_guide_reloads_its_tab_and_leaves_the_tab_of_a_page_it_did_not_change()
    {
        using var site = TestSite.Create().WithGuide("other", "title: Another guide\nsummary: Also fine.", "Other text.\n");
        var builds = 0;
        var server = new LiveServer(site.Options(), _ => Interlocked.Increment(ref builds), e => throw e);
        using var start = new CancellationTokenSource(Timeout);
        var address = await server.StartAsync(0, start.Token);
        await using (server)
        {
            await using var context = await browser.Browser.NewContextAsync();
            var edited = await context.NewPageAsync();
            var unchanged = await context.NewPageAsync();
            await edited.GotoAsync(new Uri(address, "en/guides/websites/good/").AbsoluteUri);
            await unchanged.GotoAsync(new Uri(address, "en/guides/websites/other/").AbsoluteUri);
            await WaitAsync(() => server.Hub.Listeners >= 2, "both tabs listening");
            await edited.EvaluateAsync(Mark);
            await unchanged.EvaluateAsync(Mark);
            var loads = new System.Collections.Concurrent.ConcurrentQueue<string>();
            edited.Request += (_, request) => { if (request.IsNavigationRequest) loads.Enqueue("edited"); };
            unchanged.Request += (_, request) => { if (request.IsNavigationRequest) loads.Enqueue("unchanged"); };
            // A third listener of the unchanged page, in its own tab, sees the messages its script is sent.
            var watcher = await context.NewPageAsync();
            await watcher.GotoAsync(new Uri(address, "en/guides/websites/other/").AbsoluteUri);
            await watcher.EvaluateAsync("() => { window.__sgMessages = []; new EventSource('/__serve/events?page=' + encodeURIComponent(location.pathname)).onmessage = e => window.__sgMessages.push(e.data); }");

            site.WithFile(TestSite.GoodGuidePath, TestSite.GoodGuide.Replace("Some text.", "Freshly edited text.", StringComparison.Ordinal));

            await edited.WaitForFunctionAsync("() => document.querySelector('main') && document.querySelector('main').textContent.includes('Freshly edited text.')",
                null, new() { Timeout = (float)Timeout.TotalMilliseconds });
            Assert.False(await edited.EvaluateAsync<bool>(Stayed), "the edited guide's tab shows the edit without having reloaded");
            await WaitAsync(() => Volatile.Read(ref builds) >= 2, "the rebuild reported");
            // Every reload message of the rebuild has reached the unchanged page's listeners, and told them the version
            // they show.
            await watcher.WaitForFunctionAsync("() => window.__sgMessages.filter(m => m.startsWith('reload ')).length >= 1", null, new() { Timeout = (float)Timeout.TotalMilliseconds });
            var version = await unchanged.EvaluateAsync<string>("() => document.querySelector('script[data-version]').getAttribute('data-version')");
            Assert.All(await watcher.EvaluateAsync<string[]>("() => window.__sgMessages.filter(m => m.startsWith('reload '))"), m => Assert.Equal("reload " + version, m));
            // The tabs got the same messages as the watcher; a reload they started would show by now.
            await unchanged.WaitForTimeoutAsync(500);
            Assert.True(await unchanged.EvaluateAsync<bool>(Stayed), "the tab of a page the save did not change reloaded");
            // The edited guide's tab reloaded once: the full build's message, after the early one, told it what it shows.
            Assert.Equal(["edited"], loads.ToArray());
        }
    }

    private static async Task WaitAsync(Func<bool> condition, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > Timeout) throw new TimeoutException($"Waited {Timeout.TotalSeconds} s for {what}.");
            await Task.Delay(10);
        }
    }
}
