using System.Collections.Concurrent;
using Microsoft.Playwright;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>The script classes of issue 9 in Chromium: every page rendered from a hostile body (the guide and its
/// section's printable page, as sanitized) is opened from file:// with hooks on alert, confirm, prompt, the console,
/// navigation and attribute changes of html and body; nothing runs and nothing navigates beyond what the theme itself
/// does on a good guide.</summary>
[Collection(BrowserTests.Name)]
public sealed class HostileContentBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Hooks = """
        (() => {
          const record = [];
          Object.defineProperty(window, '__sgRecord', { value: record });
          for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
            window[name] = (...args) => { record.push(name + ':' + args.join(' ')); };
          }
          for (const name of ['log', 'error', 'warn', 'info', 'debug']) {
            const original = console[name];
            console[name] = (...args) => { record.push('console.' + name + ':' + args.join(' ')); original.apply(console, args); };
          }
          new MutationObserver(changes => {
            for (const change of changes) {
              if (change.target === document.documentElement || change.target === document.body) {
                record.push('attribute:' + change.target.nodeName + ':' + change.attributeName);
              }
            }
          }).observe(document, { attributes: true, subtree: true });
        })();
        """;

    private readonly TestSite _site = TestSite.Create();

    public async Task InitializeAsync()
    {
        var result = await _site.BuildAsync();
        Expect.NoDiagnostics(result.Diagnostics);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task No_page_built_from_a_hostile_body_runs_script_or_navigates_from_disk()
    {
        // One site holds every hostile body as its own guide, so each gets its own page and the section's printable
        // page holds them all; one build instead of one per body.
        using var hostile = TestSite.Create();
        for (var i = 0; i < HostileInputs.ScriptBodies.Count; i++)
        {
            hostile.WithGuide($"hostile-{i}", $"title: Hostile {i}\nsummary: S", HostileInputs.ScriptBodies[i].Body);
        }
        var run = await hostile.CheckAsync();
        var pages = new List<string>();
        foreach (var (path, html) in run.Pages.Where(p => p.Key.StartsWith("en/guides/websites/hostile-", StringComparison.Ordinal)
            || p.Key == "en/guides/websites/print/index.html"))
        {
            // Written at the depth it was rendered for, so its relative links reach the good site's assets.
            var target = _site.OutputPath(path.Replace("/print/", "/print-hostile/", StringComparison.Ordinal));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllTextAsync(target, html);
            pages.Add(target);
        }
        Assert.Equal(HostileInputs.ScriptBodies.Count + 1, pages.Count);
        Assert.All(HostileInputs.ScriptBodies.Select((_, i) => $"en/guides/websites/hostile-{i}/index.html"), p => Assert.Contains(p, run.Pages.Keys));

        // Opening a tab costs Chromium more than a visit does: four tabs, each visiting one page after another, every
        // page a new document whose hooks the init script installs afresh. Visits wait on timers, not on the CPU.
        var tabs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OpenHookedAsync()));
        try
        {
            var baseline = await VisitAsync(tabs[0], _site.OutputPath(TestSite.GoodGuidePage));
            Assert.Empty(baseline.Navigations);
            // The hooks see script when it runs: the same good page with an unsanitized handler records it.
            var control = _site.OutputPath("en/guides/websites/control/index.html");
            Directory.CreateDirectory(Path.GetDirectoryName(control)!);
            await File.WriteAllTextAsync(control, _site.ReadOutput(TestSite.GoodGuidePage).Replace("</main>", "<img src=x onerror=\"alert('ran')\"></main>", StringComparison.Ordinal));
            Assert.Contains("alert:ran", (await VisitAsync(tabs[0], control)).Record);
            // And in a frame of the page: the init script hooks every frame, and each frame's record is read.
            var framed = _site.OutputPath("en/guides/websites/framed/index.html");
            Directory.CreateDirectory(Path.GetDirectoryName(framed)!);
            await File.WriteAllTextAsync(framed, _site.ReadOutput(TestSite.GoodGuidePage).Replace("</main>", "<iframe srcdoc=\"<script>alert('framed')</script>\"></iframe></main>", StringComparison.Ordinal));
            Assert.Contains(" alert:framed", string.Join('\n', (await VisitAsync(tabs[0], framed)).Record), StringComparison.Ordinal);
            var visits = new Visit[pages.Count];
            var queue = new ConcurrentQueue<int>(Enumerable.Range(0, pages.Count));
            await Task.WhenAll(tabs.Select(async tab =>
            {
                while (queue.TryDequeue(out var i)) visits[i] = await VisitAsync(tab, pages[i]);
            }));
            for (var i = 0; i < pages.Count; i++)
            {
                var where = Path.GetRelativePath(_site.OutputDirectory, pages[i]);
                Expect.Lines(visits[i].Record, baseline.Record, $"what ran on {where}");
                Expect.Lines(visits[i].Navigations, [], $"navigations from {where}");
                Expect.Lines(visits[i].Dialogs, [], $"dialogs on {where}");
            }
        }
        finally
        {
            foreach (var tab in tabs) await tab.DisposeAsync();
        }
    }

    private sealed record Visit(IReadOnlyList<string> Record, IReadOnlyList<string> Navigations, IReadOnlyList<string> Dialogs);

    private async Task<OfflineBrowserPage> OpenHookedAsync()
    {
        var tab = await browser.OpenAsync();
        await tab.Page.AddInitScriptAsync(Hooks);
        return tab;
    }

    private static async Task<Visit> VisitAsync(OfflineBrowserPage tab, string path)
    {
        var navigations = new List<string>();
        var dialogs = new List<string>();
        var loaded = false;
        void OnNavigated(object? sender, IFrame frame)
        {
            if (loaded && frame == tab.Page.MainFrame) navigations.Add(frame.Url);
        }
        async void OnDialog(object? sender, IDialog dialog)
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        }
        tab.Page.FrameNavigated += OnNavigated;
        tab.Page.Dialog += OnDialog;
        try
        {
            await tab.GotoFileAsync(path);
            loaded = true;
            // What waits for load, an image error or a timer: let it run before reading the record.
            await tab.Page.WaitForLoadStateAsync(LoadState.Load);
            await tab.Page.WaitForTimeoutAsync(300);
            var record = new List<string>(await tab.Page.EvaluateAsync<string[]>("() => [...window.__sgRecord]"));
            // Script that runs in a frame of the page (a srcdoc, a data: URL) is recorded in that frame's own window.
            foreach (var frame in tab.Page.Frames.Where(f => f != tab.Page.MainFrame))
            {
                var lines = await frame.EvaluateAsync<string[]>("() => window.__sgRecord ? [...window.__sgRecord] : ['no hooks in this frame']");
                record.AddRange(lines.Select(line => $"frame {frame.Url}: {line}"));
            }
            if (tab.Page.Url != OfflineBrowserPage.FileUrl(path)) navigations.Add(tab.Page.Url);
            return new Visit(record, navigations, dialogs);
        }
        finally
        {
            tab.Page.FrameNavigated -= OnNavigated;
            tab.Page.Dialog -= OnDialog;
        }
    }
}
