using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Output;

public sealed class WriteSiteTests
{
    private static TestSite RichSite() => TestSite.Create()
        .WithGuide("first", "title: First\nsummary: S\nupdated: 2024-03-01\ntags: [Open data, accessibility]\ncase_studies: [kenya]\naliases: [/old/first/]",
            "## One\n\nSee <xref:kenya> and [good](good.md).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNote[^1].\n\n[^1]: A footnote.\n")
        .WithGuide("second", "title: Second\nsummary: S\nupdated: 2024-01-10\ntags: [accessibility]\nrelated: [first]")
        .WithCaseStudy("kenya", "updated: 2023-11-02\nthemes: [websites]")
        .WithCaseStudy("brussels", "country: EU\nyear: 2021")
        .WithFile("pages/about.md", "---\ntitle: About\n---\n\nAbout us.\n")
        .WithBytes("assets/logo.png", [0x89, 0x50, 0x4E, 0x47]);

    /// <summary>No page of the fixture uses its logo: check says so, and offline bundles leave it out.</summary>
    private const string UnusedLogo = "input/assets/logo.png:1:1: warning SG0813: no page uses this asset: it is left out of the offline bundles";

    [Fact]
    public async Task The_same_input_builds_byte_identical_output()
    {
        using var site = RichSite();
        var first = Path.Combine(site.Root, "out-a");
        var second = Path.Combine(site.Root, "out-b");

        var a = await site.BuildAsync(first);
        var b = await site.BuildAsync(second);

        Expect.Diagnostics(a.Diagnostics, UnusedLogo);
        Expect.Diagnostics(b.Diagnostics, UnusedLogo);
        Assert.Equal(a.FilesWritten, Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Count());
        Assert.True(a.FilesWritten > 15, $"only {a.FilesWritten} files were written");
        FolderSnapshot.Of(second).AssertSameAs(FolderSnapshot.Of(first));
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = RichSite();
        var good = await site.BuildAsync();
        var before = FolderSnapshot.Of(site.OutputDirectory);
        site.WithGuide("first", "title: First\nsummary: S", "Now [broken](xref:nowhere).\n")
            .WithoutFile("guides/websites/second.md");

        var failed = await site.BuildAsync();

        Expect.Diagnostics(good.Diagnostics, UnusedLogo);
        Expect.Diagnostics(failed.Diagnostics, UnusedLogo, "input/guides/websites/first.md:6:5: error SG0102: unknown xref 'nowhere'");
        Assert.Equal(0, failed.FilesWritten);
        FolderSnapshot.Of(site.OutputDirectory).AssertSameAs(before);
        Assert.Equal(["input", "output", "theme"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_successful_build_replaces_the_whole_output_folder()
    {
        using var site = RichSite();
        await site.BuildAsync();
        File.WriteAllText(site.OutputPath("stale.html"), "left over");
        site.WithoutFile("guides/websites/second.md").WithGuide("first", "title: First\nsummary: S");

        var result = await site.BuildAsync();

        Expect.Diagnostics(result.Diagnostics, UnusedLogo);
        Assert.False(File.Exists(site.OutputPath("stale.html")));
        Assert.False(File.Exists(site.OutputPath("en/guides/websites/second/index.html")));
        Assert.True(File.Exists(site.OutputPath("en/guides/websites/first/index.html")));
        Assert.Equal(["input", "output", "theme"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_created_reports_SG0601()
    {
        using var site = TestSite.Create();
        File.WriteAllText(Path.Combine(site.Root, "blocker"), "a file where a folder is needed");

        var result = await site.BuildAsync(Path.Combine(site.Root, "blocker", "site"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG0601", "blocker/site", 1, 1), (diagnostic.Code, diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.StartsWith("cannot write the output: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.FilesWritten);
    }

    [Fact]
    public async Task A_linked_input_file_colliding_with_a_page_reports_SG0602_when_building()
    {
        using var site = TestSite.Create()
            .WithFile("robots.txt", "User-agent: evil\n")
            .WithGuide("linker", "title: Linker\nsummary: S", "See [the old rules](../../robots.txt).\n");

        var result = await site.BuildAsync();

        Expect.Diagnostics(result.Diagnostics, "input/robots.txt:1:1: error SG0602: 'robots.txt' would be written twice: also by another file");
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public async Task A_linked_input_file_colliding_with_a_page_reports_SG0602_when_checking()
    {
        using var site = TestSite.Create()
            .WithFile("robots.txt", "User-agent: evil\n")
            .WithGuide("linker", "title: Linker\nsummary: S", "See [the old rules](../../robots.txt).\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/robots.txt:1:1: error SG0602: 'robots.txt' would be written twice: also by another file");
    }

    [Fact]
    public async Task Theme_assets_are_copied_under_fingerprinted_names_and_input_assets_as_they_are()
    {
        using var site = RichSite();

        var result = await site.BuildAsync();

        Expect.Diagnostics(result.Diagnostics, UnusedLogo);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(site.OutputPath("assets/logo.png")));
        foreach (var asset in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Theme, "assets"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Theme, asset).Replace('\\', '/');
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(asset)))[..8];
            var fingerprinted = relative[..relative.LastIndexOf('.')] + "." + hash + relative[relative.LastIndexOf('.')..];
            Assert.Equal(File.ReadAllBytes(asset), File.ReadAllBytes(site.OutputPath(fingerprinted)));
            Assert.False(File.Exists(site.OutputPath(relative)), relative);
        }
    }

    [Fact]
    public async Task Every_page_links_the_fingerprinted_stylesheet_and_script_and_the_root_its_language_script()
    {
        using var site = RichSite();

        var result = await site.BuildAsync();

        Expect.Diagnostics(result.Diagnostics, UnusedLogo);
        var page = site.OutputPage(TestSite.GoodGuidePage);
        var stylesheet = page.QuerySelector("link[rel=stylesheet]:not([media])")!.GetAttribute("href")!;
        var script = page.QuerySelector("script[src]")!.GetAttribute("src")!;
        Assert.Matches(@"^\.\./\.\./\.\./\.\./assets/css/site\.[0-9a-f]{8}\.css$", stylesheet);
        Assert.Matches(@"^\.\./\.\./\.\./\.\./assets/js/site\.[0-9a-f]{8}\.js$", script);
        Assert.True(File.Exists(site.OutputPath(stylesheet.Replace("../", "", StringComparison.Ordinal))));
        var root = site.OutputPage("index.html");
        var languageScript = root.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).Single(s => s.Contains("language", StringComparison.Ordinal));
        Assert.Matches(@"^assets/js/language\.[0-9a-f]{8}\.js$", languageScript);
        Assert.True(File.Exists(site.OutputPath(languageScript)));
    }
}
