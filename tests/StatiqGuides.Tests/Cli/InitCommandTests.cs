using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary><c>init</c> writes a site of input/ only, which builds with the built-in theme and no diagnostic.</summary>
public sealed class InitCommandTests
{
    private static readonly string[] Written =
    [
        "input/case-studies/chile-ley-chile.md",
        "input/guides/getting-started/_section.yml",
        "input/guides/getting-started/writing-guides.md",
        "input/hubs.yml",
        "input/site.yml",
    ];

    private static List<string> FilesUnder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Init_writes_a_site_of_input_only_that_builds_every_page_with_no_diagnostic()
    {
        using var place = TestSite.Empty().WithoutThemeFolder();
        Directory.Delete(place.InputDirectory);

        var run = await ToolProcess.RunAsync(place.Root, "init", "--folder", "new-site");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Created a site in new-site/ (5 files under input/; it uses the built-in theme).\n", run.Stdout, StringComparison.Ordinal);
        var folder = Path.Combine(place.Root, "new-site");
        Expect.Lines(FilesUnder(folder), Written, "files init wrote");
        var options = new BuildOptions(Path.Combine(folder, "input"), Path.Combine(folder, "theme"), Path.Combine(folder, "output"), folder);
        var result = await SiteBuilder.RunAsync(options, write: true);
        Expect.NoDiagnostics(result.Diagnostics);
        var guide = Html.Parse(File.ReadAllText(Path.Combine(folder, "output", "en", "guides", "getting-started", "writing-guides", "index.html")));
        Assert.Equal("Writing guides for this site", guide.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Chile: the Library of Congress's Ley Chile", guide.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "output", "en", "case-studies", "chile-ley-chile", "index.html")));
    }

    [Fact]
    public async Task Init_over_an_existing_site_reports_SG0610_for_each_file_it_would_replace_and_writes_nothing()
    {
        using var site = TestSite.Create().WithoutThemeFolder();
        var before = FolderSnapshot.Of(site.Root);

        var run = await ToolProcess.RunAsync(site.Root, "init");

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith(' ')).ToList();
        Expect.Lines(lines,
        [
            "input/site.yml:1:1: error SG0610: 'input/site.yml' exists already: init writes a new site and never replaces a file; nothing was written",
            "input/hubs.yml:1:1: error SG0610: 'input/hubs.yml' exists already: init writes a new site and never replaces a file; nothing was written",
        ]);
        FolderSnapshot.Of(site.Root).AssertSameAs(before);
    }
}
