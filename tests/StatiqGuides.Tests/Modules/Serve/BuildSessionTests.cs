using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Serve;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Serve;

/// <summary>The incremental builds of <c>serve</c> give, file for file and byte for byte, what a clean <c>build</c> of the
/// same input writes, while reusing what did not change.</summary>
public sealed class BuildSessionTests
{
    private static TestSite Site() => TestSite.Create()
        .WithLanguages("en", "fr", "es")
        .WithCaseStudy("study")
        .WithGuide("other", "title: Another guide\nsummary: Also fine.\ntags: [web]", "Draws on <xref:study>.\n\n## Details\n\nMore.\n")
        .WithFile("guides/websites/good.fr.md", "---\ntitle: Un bon guide\nsummary: Rien ne va mal ici.\n---\n\n## Première partie\n\nDu texte.\n");

    private static async Task AssertSameAsCleanBuildAsync(TestSite site, BuildSession session, SessionBuild build)
    {
        var clean = Path.Combine(site.Root, "clean-" + Guid.NewGuid().ToString("N"));
        var result = await site.BuildAsync(clean);
        Expect.Diagnostics(build.Diagnostics, [.. result.Diagnostics.Select(d => d.ToString())]);
        var written = Directory.EnumerateFiles(clean, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(clean, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        Expect.Lines(session.Current.Files.Keys.Order(StringComparer.Ordinal), [.. written.Keys.Order(StringComparer.Ordinal)], "files");
        foreach (var (path, file) in session.Current.Files)
        {
            var bytes = await file.ReadAsync(CancellationToken.None);
            Assert.True(bytes.AsSpan().SequenceEqual(written[path]), $"{path} differs from the clean build");
        }
        Directory.Delete(clean, recursive: true);
    }

    [Fact]
    public async Task After_each_kind_of_edit_the_session_gives_the_bytes_of_a_clean_build()
    {
        using var site = Site();
        var session = new BuildSession(site.Options());

        var first = await session.RebuildAsync();
        Expect.NoDiagnostics(first.Diagnostics);
        await AssertSameAsCleanBuildAsync(site, session, first);

        // A body edit: the source, its outdated French translation and its Spanish fallback change.
        site.WithFile(TestSite.GoodGuidePath, TestSite.GoodGuide.Replace("Some text.", "Some edited text, longer.", StringComparison.Ordinal)
            .Replace("summary: Nothing is wrong here.\n", "summary: Nothing is wrong here.\ncase_studies: [study]\n", StringComparison.Ordinal));
        await AssertSameAsCleanBuildAsync(site, session, await session.RebuildAsync());

        // A body edit that drops a citation: the case study's list of citing guides changes.
        site.WithGuide("other", "title: Another guide\nsummary: Also fine.\ntags: [web]", "No citation any more.\n");
        await AssertSameAsCleanBuildAsync(site, session, await session.RebuildAsync());

        // A body with an error, then a summary edited and a line more of front matter above the same body: cards change,
        // link texts do not, and the error moves down a line.
        site.WithGuide("other", "title: Another guide\nsummary: Also fine.\ntags: [web]", "No citation any more.\n\n[x](xref:nowhere)\n");
        var broken = await session.RebuildAsync();
        Expect.Diagnostics(broken.Diagnostics, "input/guides/websites/other.md:9:1: error SG0102: unknown xref 'nowhere'");
        site.WithGuide("other", "title: Another guide\nsummary: Also fine, and longer.\ntags: [web]\nauthors: [A. Writer]", "No citation any more.\n\n[x](xref:nowhere)\n");
        var moved = await session.RebuildAsync();
        Expect.Diagnostics(moved.Diagnostics, "input/guides/websites/other.md:10:1: error SG0102: unknown xref 'nowhere'");
        Expect.Diagnostics(moved.Diagnostics, [.. (await site.CheckAsync()).Lines]);

        // A front-matter edit: listings, cards and link texts everywhere change.
        site.WithGuide("other", "title: Another guide, renamed\nsummary: Also fine.\ntags: [web, open]", "No citation any more.\n");
        await AssertSameAsCleanBuildAsync(site, session, await session.RebuildAsync());

        // A file removed, a theme string changed, and an error that a later edit fixes.
        site.WithoutFile("guides/websites/good.fr.md");
        site.WithThemeFile("i18n/en.yml", site.ReadThemeFile("i18n/en.yml") + "\n# edited\n");
        await AssertSameAsCleanBuildAsync(site, session, await session.RebuildAsync());
        site.WithGuide("other", "title: Another guide, renamed\nsummary: Also fine.", "See [x](xref:nowhere).\n");
        var failed = await session.RebuildAsync();
        Assert.Equal(1, failed.Errors);
        site.WithGuide("other", "title: Another guide, renamed\nsummary: Also fine.", "Fixed.\n");
        await AssertSameAsCleanBuildAsync(site, session, await session.RebuildAsync());
    }

    [Fact]
    public async Task Without_a_theme_folder_the_session_serves_the_built_in_theme_and_follows_a_theme_folder_made_later()
    {
        using var site = Site().WithoutThemeFolder();
        var session = new BuildSession(site.Options());

        var first = await session.RebuildAsync();
        Expect.NoDiagnostics(first.Diagnostics);
        await AssertSameAsCleanBuildAsync(site, session, first);

        // The built-in assets are the same bytes in every build: a body edit changes no asset.
        site.WithGuide("other", "title: Another guide\nsummary: Also fine.\ntags: [web]", "Edited.\n");
        var edited = await session.RebuildAsync();
        Assert.DoesNotContain(edited.ChangedFiles, f => f.StartsWith("assets/", StringComparison.Ordinal));
        Assert.Contains("en/guides/websites/other/index.html", edited.ChangedFiles);

        site.WithThemeFile("i18n/en.yml", "nav:\n  skip: \"Jump to the text\"\n");
        var overridden = await session.RebuildAsync();
        await AssertSameAsCleanBuildAsync(site, session, overridden);
        var home = System.Text.Encoding.UTF8.GetString(await session.Current.Files["en/index.html"].ReadAsync(CancellationToken.None));
        Assert.Equal("Jump to the text", Html.Parse(home).QuerySelector(".skip-link")?.TextContent);
    }

    [Fact]
    public async Task A_linked_file_added_then_deleted_changes_the_linking_pages_as_a_clean_build_does()
    {
        using var site = Site();
        site.WithGuide("other", "title: Another guide\nsummary: Also fine.\ntags: [web]", "See ![Chart](../../assets/chart.png).\n");
        var session = new BuildSession(site.Options());
        var missing = await session.RebuildAsync();
        Assert.Contains(missing.Diagnostics, d => d.Code == "SG0401");

        // No content file changes: only the input folder's listing tells the cached rendering that the link now resolves.
        site.WithBytes("assets/chart.png", [0x89, 0x50, 0x4E, 0x47]);
        var added = await session.RebuildAsync();
        Expect.NoDiagnostics(added.Diagnostics);
        await AssertSameAsCleanBuildAsync(site, session, added);

        // Gone again: the link is broken again, as check (a clean run) says; a build with errors writes nothing to compare.
        site.WithoutFile("assets/chart.png");
        var deleted = await session.RebuildAsync();
        Assert.Contains(deleted.Diagnostics, d => d.Code == "SG0401");
        Expect.Diagnostics(deleted.Diagnostics, [.. (await site.CheckAsync()).Lines]);
    }

    [Fact]
    public async Task A_body_edit_renders_only_that_guide_again_and_changes_only_the_pages_that_show_it()
    {
        using var site = Site();
        var session = new BuildSession(site.Options());
        var first = await session.RebuildAsync();

        site.WithGuide("other", "title: Another guide\nsummary: Also fine.\ntags: [web]", "Draws on <xref:study>, edited.\n\n## Details\n\nMore.\n");
        var second = await session.RebuildAsync();

        Expect.NoDiagnostics(second.Diagnostics);
        // The guide's pages, its section's printable pages and the search indexes show its body.
        // Of the search indexes, only the shards of the words the edit changed, the shard of results' texts holding the
        // guide's, and the manifest, which lists the new prefix "ed" of "edited".
        Expect.Lines(second.ChangedFiles.Where(f => !f.Contains("/search/index/t-", StringComparison.Ordinal)),
        [
            "en/guides/websites/other/index.html", "en/guides/websites/print/index.html", "en/search/index/d1.js", "en/search/search-index.js",
            "es/guides/websites/other/index.html", "es/guides/websites/print/index.html", "es/search/index/d1.js", "es/search/search-index.js",
            "fr/guides/websites/other/index.html", "fr/guides/websites/print/index.html", "fr/search/index/d1.js", "fr/search/search-index.js",
        ], "changed files");
        Assert.Contains("en/search/index/t-ed.js", second.ChangedFiles);
        // One file read again, one item parsed again, its three language pages (composed, laid out, indexed for search)
        // and its section's three printable pages composed and laid out again; then each file that changed is read again
        // for the weight budget (the files it loads).
        Assert.True(second.Cache.Misses < 25 + second.ChangedFiles.Count, $"{second.Cache.Misses} results were computed again, {second.ChangedFiles.Count} files changed");
        Assert.True(second.Cache.Hits > first.Pages, $"only {second.Cache.Hits} results were reused");
    }

    [Fact]
    public async Task A_title_edit_changes_the_pages_that_show_the_title_and_gives_the_bytes_of_a_clean_build()
    {
        using var site = Site();
        var session = new BuildSession(site.Options());
        await session.RebuildAsync();

        // "other" links to the study by xref (its link text is the title) and cites it; the good guide cites it too.
        site.WithCaseStudy("study", "title: A retitled case study");
        var build = await session.RebuildAsync();

        Expect.NoDiagnostics(build.Diagnostics);
        await AssertSameAsCleanBuildAsync(site, session, build);
        var other = await session.Current.Files["en/guides/websites/other/index.html"].ReadAsync(CancellationToken.None);
        Assert.Contains("A retitled case study", System.Text.Encoding.UTF8.GetString(other), StringComparison.Ordinal);
        Assert.Contains("en/guides/websites/other/index.html", build.ChangedFiles);
        Assert.Contains("en/case-studies/index.html", build.ChangedFiles);
    }

    [Fact]
    public async Task Editor_swap_files_beside_a_guide_do_not_make_the_next_build_start_over()
    {
        using var site = Site();
        var session = new BuildSession(site.Options());
        await session.RebuildAsync();

        site.WithFile("guides/websites/.good.md.swp", "swap").WithFile("guides/websites/good.md~", "backup");
        var build = await session.RebuildAsync();

        Expect.NoDiagnostics(build.Diagnostics);
        Assert.Empty(build.ChangedFiles);
        Assert.Equal(0, build.Cache.Misses);
    }

    [Fact]
    public async Task A_build_with_an_error_keeps_the_last_good_version_of_the_broken_page_and_shows_the_others_edited()
    {
        using var site = Site();
        var session = new BuildSession(site.Options());
        await session.RebuildAsync();
        var lastGood = session.Current.Files[TestSite.GoodGuidePage];

        site.WithFile(TestSite.GoodGuidePath, "---\ntitle: \"unclosed\nsummary: S\n---\n");
        site.WithGuide("other", "title: Another guide\nsummary: Also fine.\ntags: [web]", "Draws on <xref:study>, edited while broken.\n");
        var build = await session.RebuildAsync();

        // The broken file is the one report: its translation is withheld, not reported as without source.
        Expect.Diagnostics(build.Diagnostics,
            "input/guides/websites/good.md:2:8: error SG0002: malformed YAML: unclosed quote: the \" that opens this value is never closed");
        Assert.Same(lastGood, session.Current.Files[TestSite.GoodGuidePage]);
        var other = System.Text.Encoding.UTF8.GetString(await session.Current.Files["en/guides/websites/other/index.html"].ReadAsync(CancellationToken.None));
        Assert.Contains("edited while broken", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_body_is_served_and_told_once_its_pages_are_laid_out_and_keeps_its_version_when_the_print_page_follows()
    {
        using var site = Site();
        var session = new BuildSession(site.Options());
        Expect.NoDiagnostics((await session.RebuildAsync()).Diagnostics);
        var before = session.Current;
        const string guide = "/en/guides/websites/good/";
        const string print = "/en/guides/websites/print/";

        site.WithFile(TestSite.GoodGuidePath, TestSite.GoodGuide.Replace("Some text.", "Shown early.", StringComparison.Ordinal));
        var told = new List<(long Version, string Page, string Print, ServedSite Site)>();
        var build = await session.RebuildAsync(version => told.Add((version, PageText(session.Current, TestSite.GoodGuidePage),
            PageText(session.Current, SitePaths.SectionPrint("en", "websites")), session.Current)));

        var (early, page, printed, earlySite) = Assert.Single(told);
        Assert.Equal(before.Version + 1, early);
        Assert.Contains("Shown early.", page, StringComparison.Ordinal);
        // The print page nests the guide; it follows with the rest of the build.
        Assert.DoesNotContain("Shown early.", printed, StringComparison.Ordinal);
        Assert.Contains("Shown early.", PageText(session.Current, SitePaths.SectionPrint("en", "websites")), StringComparison.Ordinal);
        Assert.Equal(early + 1, build.Version);
        // A tab showing the guide, reloaded at the early version, is not reloaded again; the print page's tab is.
        Assert.Equal(earlySite.PageVersion(guide), session.Current.PageVersion(guide));
        Assert.NotEqual(before.PageVersion(guide), earlySite.PageVersion(guide));
        Assert.Equal(before.PageVersion(print), earlySite.PageVersion(print));
        Assert.NotEqual(earlySite.PageVersion(print), session.Current.PageVersion(print));
        await AssertSameAsCleanBuildAsync(site, session, build);
    }

    [Fact]
    public async Task A_saved_source_is_shown_early_and_the_status_pages_its_translations_change_follow_with_the_build()
    {
        using var site = TranslatedSite.Create();
        var session = new BuildSession(site.Options());
        Expect.NoDiagnostics((await session.RebuildAsync()).Diagnostics);
        var before = session.Current;
        var status = PageText(before, SitePaths.TranslationStatus);

        site.WithFile(TestSite.GoodGuidePath, TestSite.GoodGuide.Replace("Some text.", "Shown early.", StringComparison.Ordinal));
        var told = new List<(string Page, string Status)>();
        var build = await session.RebuildAsync(_ => told.Add((PageText(session.Current, TestSite.GoodGuidePage),
            PageText(session.Current, SitePaths.TranslationStatus))));

        var (page, earlyStatus) = Assert.Single(told);
        Assert.Contains("Shown early.", page, StringComparison.Ordinal);
        // The French translation is outdated now: the status page says so once the whole build is served.
        Assert.Equal(status, earlyStatus);
        Assert.NotEqual(status, PageText(session.Current, SitePaths.TranslationStatus));
        Assert.NotEqual(before.PageVersion("/translation-status/"), session.Current.PageVersion("/translation-status/"));
        await AssertSameAsCleanBuildAsync(site, session, build);
    }

    [Fact]
    public async Task Nothing_is_shown_early_while_the_site_or_the_build_has_an_error()
    {
        using var site = Site();
        var session = new BuildSession(site.Options());
        await session.RebuildAsync();
        var told = new List<long>();

        site.WithFile(TestSite.GoodGuidePath, TestSite.GoodGuide.Replace("Some text.", "[x](xref:nowhere)", StringComparison.Ordinal));
        var broken = await session.RebuildAsync(told.Add);
        Assert.Contains(broken.Diagnostics, d => d.Code == "SG0102");
        site.WithFile(TestSite.GoodGuidePath, TestSite.GoodGuide.Replace("Some text.", "Mended.", StringComparison.Ordinal));
        var mended = await session.RebuildAsync(told.Add);

        // The overlay comes and goes with the whole build's diagnostics, never with those of a build half done.
        Assert.Empty(told);
        Expect.NoDiagnostics(mended.Diagnostics);
        Assert.Contains("Mended.", PageText(session.Current, TestSite.GoodGuidePage), StringComparison.Ordinal);
        await AssertSameAsCleanBuildAsync(site, session, mended);
    }

    private static string PageText(ServedSite site, string path) => site.Files[path].File.Text ?? "";
}
