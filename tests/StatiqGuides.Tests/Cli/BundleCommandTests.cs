using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

public sealed class BundleCommandTests
{
    [Fact]
    public async Task Bundle_writes_the_zips_of_the_languages_asked_for_and_of_all_languages_and_exits_0()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr");

        var run = await ToolRunner.RunAsync(site.Root, "bundle", "--lang", "fr", "--output", "zips", "--format", "zip");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^Bundled guides-all\.zip, guides-all\.manifest\.json, guides-fr\.zip, guides-fr\.manifest\.json into zips in \d+\.\d\d s: 0 errors, 0 warnings\.\n$", run.Stdout);
        Assert.Equal(["editions.json", "guides-all.manifest.json", "guides-all.zip", "guides-fr.manifest.json", "guides-fr.zip"],
            Directory.EnumerateFiles(Path.Combine(site.Root, "zips")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Bundling_a_language_the_site_does_not_have_reports_SG0603_and_exits_1()
    {
        using var site = TestSite.Create();

        var run = await ToolRunner.RunAsync(site.Root, "bundle", "--lang", "de", "--output", "zips");

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith(' ')).ToArray();
        Assert.Equal("input/site.yml:1:1: error SG0603: cannot bundle language 'de': the site's languages are en", lines[0]);
        Assert.Matches(@"^Bundle failed in \d+\.\d\d s: 1 error, 0 warnings\. The files in zips were left as they were\.$", lines[1]);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "zips")));
    }

    [Fact]
    public async Task A_failed_bundle_exits_1_with_the_diagnostics_of_build_and_leaves_the_previous_zips()
    {
        using var site = TestSite.Create();
        var first = await ToolRunner.RunAsync(site.Root, "bundle", "--output", "zips");
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = Directory.EnumerateFiles(Path.Combine(site.Root, "zips")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        site.WithGuide("bad", "summary: no title").WithGuide("second", "title: Second\nsummary: Fine.", "Some [text](missing.md).\n");

        var run = await ToolRunner.RunAsync(site.Root, "bundle", "--output", "zips");
        var build = await ToolRunner.RunAsync(site.Root, "build");

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith(' ')).ToArray();
        Assert.Equal(build.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith(' ')).ToArray()[..^1], lines[..^1]);
        Assert.Equal([
            "input/guides/websites/bad.md:1:1: error SG0201: missing required key 'title'",
            "input/guides/websites/second.md:6:6: error SG0401: link target 'missing.md' does not exist",
        ], lines[..^1]);
        Assert.Equal(before, Directory.EnumerateFiles(Path.Combine(site.Root, "zips")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList());
    }
}
