using System.Net;
using StatiqGuides.Modules.Serve;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Serve;

/// <summary><c>serve</c> as a browser sees it: real HTTP against 127.0.0.1 on a free port, the event stream, file changes.</summary>
public sealed class LiveServerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private const string OtherGuide = "en/guides/websites/other/index.html";

    private static TestSite Site() => TestSite.Create().WithGuide("other", "title: Another guide\nsummary: Also fine.", "Other text.\n");

    private static async Task<SessionBuild> SecondBuildAsync(List<SessionBuild> builds)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < Timeout)
        {
            lock (builds)
            {
                if (builds.Count >= 2) return builds[1];
            }
            await Task.Delay(10);
        }
        throw new TimeoutException("The rebuild after the save was never reported.");
    }

    private static async Task<(LiveServer Server, HttpClient Client, List<SessionBuild> Builds)> StartAsync(TestSite site)
    {
        var builds = new List<SessionBuild>();
        var server = new LiveServer(site.Options(), b => { lock (builds) builds.Add(b); }, e => throw e);
        using var start = new CancellationTokenSource(Timeout);
        var address = await server.StartAsync(0, start.Token);
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address, Timeout = Timeout };
        return (server, client, builds);
    }

    [Fact]
    public async Task Serve_answers_every_page_on_127_0_0_1_built_for_its_own_address_with_the_reload_script_and_writes_nothing()
    {
        using var site = Site();
        var (server, client, builds) = await StartAsync(site);
        await using (server)
        using (client)
        {
            Assert.Equal("127.0.0.1", server.Address!.Host);
            Expect.NoDiagnostics(builds.Single().Diagnostics);
            var response = await client.GetAsync("en/guides/websites/good/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var page = Html.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("A good guide", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal(DevPage.ScriptPath, page.QuerySelectorAll("script[src]")[^1].GetAttribute("src"));
            Assert.Null(page.GetElementById(DevPage.OverlayId));
            // Built for the address it is served at, so canonical links and the 404 page's absolute links stay local.
            Assert.Equal(server.Address + "en/guides/websites/good/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

            foreach (var path in server.Session.Current.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
            {
                var url = path == "index.html" ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
                Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK, path);
            }
            // The reload script, and the build number it polls in browsers without EventSource.
            var script = await client.GetStringAsync(DevPage.ScriptPath.TrimStart('/'));
            Assert.Contains("window.EventSource", script, StringComparison.Ordinal);
            Assert.Contains(DevPage.VersionPath, script, StringComparison.Ordinal);
            Assert.Equal("1", await client.GetStringAsync(DevPage.VersionPath.TrimStart('/')));
            // A page's script asks for the version of its own page, which the page carries.
            Assert.Equal(page.QuerySelectorAll("script[src]")[^1].GetAttribute("data-version"),
                await client.GetStringAsync(DevPage.VersionPath.TrimStart('/') + "?page=%2Fen%2Fguides%2Fwebsites%2Fgood%2F"));
            var redirect = await client.GetAsync("en/guides/websites/good");
            Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
            Assert.Equal("/en/guides/websites/good/", redirect.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("en/no-such-page/")).StatusCode);
            var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
            var css = await client.GetAsync(new Uri(new Uri(client.BaseAddress!, "en/guides/websites/good/"), stylesheet));
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
            Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
            Assert.Equal(File.ReadAllBytes(site.ThemeFilePath("assets/css/site.css")), await css.Content.ReadAsByteArrayAsync());
        }
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    /// <summary>A pull request's <c>input</c> link to outside (SG0011) must not make serve watch where it leads, which
    /// could be '/': a save there starts no build, while a save in the theme, which is watched, does.</summary>
    [Fact]
    public async Task An_input_folder_linked_outside_reports_SG0011_and_is_not_watched()
    {
        using var site = Site();
        var outside = Path.Combine(Path.GetTempPath(), "statiqguides-outside", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        Directory.Move(site.InputDirectory, Path.Combine(outside, "input"));
        Directory.CreateSymbolicLink(site.InputDirectory, Path.Combine(outside, "input"));
        var (server, client, builds) = await StartAsync(site);
        await using (server)
        using (client)
        {
            File.WriteAllText(Path.Combine(outside, "input", "guides", "websites", "new.md"), "---\ntitle: New\nsummary: S\n---\n");
            // Far longer than the watcher's quiet time: a watched save would have started its build by now.
            await Task.Delay(TimeSpan.FromSeconds(1));
            lock (builds) Assert.Single(builds);
            // The theme is watched. Its save may come as two bursts, and so two builds, on a busy machine (a full run,
            // 2026-12-08): only the first is looked at.
            site.WithThemeFile("layouts/extra.liquid", "x");
            var second = await SecondBuildAsync(builds);

            Assert.Contains(builds[0].Diagnostics, d => d.Code == "SG0011" && d.Location.Path == "input");
            Assert.Contains(second.Diagnostics, d => d.Code == "SG0011");
        }
    }

    [Fact]
    public async Task Saving_a_guide_rebuilds_it_and_sends_a_reload_message_on_the_event_stream()
    {
        using var site = Site();
        var (server, client, builds) = await StartAsync(site);
        await using (server)
        using (client)
        {
            var shown = await VersionOfPageAsync(client, "en/guides/websites/good/");
            await using var events = await ListenAsync(client, "/en/guides/websites/good/");
            Assert.Equal("text/event-stream", events.ContentType);
            Assert.Equal("version " + shown, await events.NextDataAsync(Timeout));

            site.WithFile(TestSite.GoodGuidePath, TestSite.GoodGuide.Replace("Some text.", "Freshly edited text.", StringComparison.Ordinal));

            var reload = await events.WaitForAsync("reload ", Timeout);
            var page = Html.Parse(await client.GetStringAsync("en/guides/websites/good/"));
            Assert.Contains("Freshly edited text.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(reload["reload ".Length..], page.QuerySelectorAll("script[src]")[^1].GetAttribute("data-version"));
            Assert.NotEqual(shown, reload["reload ".Length..]);
            // The reload comes as soon as the page is laid out, before the rebuild has ended and been reported.
            var last = await SecondBuildAsync(builds);
            Expect.NoDiagnostics(last.Diagnostics);
            Assert.Contains(TestSite.GoodGuidePage, last.ChangedFiles);
            Assert.DoesNotContain(OtherGuide, last.ChangedFiles);
        }
    }

    [Fact]
    public async Task A_save_reloads_the_tabs_whose_page_changed_and_leaves_the_others_and_a_missing_page_reloads_when_it_comes()
    {
        using var site = Site();
        var (server, client, builds) = await StartAsync(site);
        await using (server)
        using (client)
        {
            var other = await VersionOfPageAsync(client, "en/guides/websites/other/");
            var missing = await VersionOfPageAsync(client, "en/guides/websites/new/");
            await using var otherEvents = await ListenAsync(client, "/en/guides/websites/other/");
            await using var missingEvents = await ListenAsync(client, "/en/guides/websites/new/");
            Assert.Equal("version " + other, await otherEvents.NextDataAsync(Timeout));
            Assert.Equal("version " + missing, await missingEvents.NextDataAsync(Timeout));

            site.WithFile(TestSite.GoodGuidePath, TestSite.GoodGuide.Replace("Some text.", "Freshly edited text.", StringComparison.Ordinal));
            await SecondBuildAsync(builds);

            // The other guide's page is the same: its tab is told the version it shows, and stays.
            Assert.Equal(other, await VersionOfPageAsync(client, "en/guides/websites/other/"));
            Assert.Equal("reload " + other, await otherEvents.WaitForAsync("reload ", Timeout));
            Assert.Equal(missing, await VersionOfPageAsync(client, "en/guides/websites/new/"));

            site.WithGuide("new", "title: A new guide\nsummary: New.", "New text.\n");
            // The first edit's reloads told it the version it shows; the new guide's, another.
            string reload;
            do reload = await missingEvents.WaitForAsync("reload ", Timeout);
            while (reload == "reload " + missing);
            var page = Html.Parse(await client.GetStringAsync("en/guides/websites/new/"));
            Assert.Equal("A new guide", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal(reload["reload ".Length..], page.QuerySelectorAll("script[src]")[^1].GetAttribute("data-version"));
        }
    }

    /// <summary>The event stream as the reload script of the page at <paramref name="page"/> opens it.</summary>
    private static Task<EventSourceReader> ListenAsync(HttpClient client, string page) =>
        EventSourceReader.OpenAsync(client, new Uri(client.BaseAddress!, DevPage.EventsPath + "?page=" + Uri.EscapeDataString(page)));

    private static async Task<string> VersionOfPageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        return page.QuerySelectorAll("script[src]")[^1].GetAttribute("data-version")!;
    }

    [Fact]
    public async Task A_broken_file_shows_the_overlay_on_every_page_keeps_the_last_good_pages_and_fixing_it_clears_the_overlay()
    {
        using var site = Site();
        var (server, client, _) = await StartAsync(site);
        await using (server)
        using (client)
        {
            await using var events = await EventSourceReader.OpenAsync(client, new Uri(client.BaseAddress!, DevPage.EventsPath));
            await events.NextDataAsync(Timeout);
            var other = await VersionOfPageAsync(client, "en/guides/websites/other/");

            site.WithFile(TestSite.GoodGuidePath, "---\ntitle: [unclosed <b>\nsummary: S\n---\n\nBroken.\n");
            await events.WaitForAsync("reload ", Timeout);
            // Every tab reloads to show the overlay, a page whose own bytes did not change too.
            Assert.NotEqual(other, await VersionOfPageAsync(client, "en/guides/websites/other/"));

            Expect.Diagnostics(server.Session.Current.Errors,
                "input/guides/websites/good.md:2:8: error SG0002: malformed YAML: the '[' that opens this value is never closed: end it with ']', or put the whole value in quotes if the '[' is part of the text");
            foreach (var path in new[] { "en/guides/websites/good/", "en/guides/websites/other/", "en/" })
            {
                var response = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var page = Html.Parse(await response.Content.ReadAsStringAsync());
                var overlay = page.GetElementById(DevPage.OverlayId);
                Assert.NotNull(overlay);
                Assert.Equal("input/guides/websites/good.md:2:8", overlay.QuerySelector("li code")!.TextContent);
                Assert.Equal("SG0002", overlay.QuerySelector("li strong")!.TextContent);
            }
            var lastGood = Html.Parse(await client.GetStringAsync("en/guides/websites/good/"));
            Assert.Equal("A good guide", lastGood.QuerySelector("h1")!.TextContent.Trim());

            site.WithFile(TestSite.GoodGuidePath, TestSite.GoodGuide.Replace("Some text.", "Fixed.", StringComparison.Ordinal));
            await events.WaitForAsync("reload ", Timeout);

            Expect.NoDiagnostics(server.Session.Current.Diagnostics);
            var fixedPage = Html.Parse(await client.GetStringAsync("en/guides/websites/good/"));
            Assert.Null(fixedPage.GetElementById(DevPage.OverlayId));
            Assert.Contains("Fixed.", fixedPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_overlay_escapes_what_the_diagnostic_quotes()
    {
        using var site = Site().WithGuide("refs", "title: Refs\nsummary: S", "See [x](xref:<script>alert(1)</script>).\n");
        var (server, client, _) = await StartAsync(site);
        await using (server)
        using (client)
        {
            var html = await client.GetStringAsync("en/");
            var overlay = Html.Parse(html).GetElementById(DevPage.OverlayId)!;
            Assert.Empty(overlay.QuerySelectorAll("script"));
            Assert.Equal(server.Session.Current.Errors.Select(e => e.Message), overlay.QuerySelectorAll("li").Select(li => li.TextContent[(li.TextContent.IndexOf(' ', li.TextContent.IndexOf("SG", StringComparison.Ordinal)) + 1)..]));
        }
    }
}
