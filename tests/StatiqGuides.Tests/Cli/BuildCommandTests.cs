using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

public sealed class BuildCommandTests
{
    [Fact]
    public async Task Build_writes_the_site_and_exits_0()
    {
        using var site = TestSite.Create();

        var run = await ToolRunner.RunAsync(site.Root, "build", "--output", "public", "--base-url", "https://elsewhere.test/docs/");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^Built \d+ pages \(\d+ files in public\) in \d+\.\d\d s: 0 errors, 0 warnings\.\n$", run.Stdout);
        var page = Html.Parse(File.ReadAllText(Path.Combine(site.Root, "public", TestSite.GoodGuidePage)));
        Assert.Equal("https://elsewhere.test/docs/en/guides/websites/good/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_failed_build_exits_1_and_says_the_output_was_kept()
    {
        using var site = TestSite.Create().WithGuide("bad", "summary: no title");

        var run = await ToolRunner.RunAsync(site.Root, "build");

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith(' ')).ToArray();
        Assert.Equal("input/guides/websites/bad.md:1:1: error SG0201: missing required key 'title'", lines[0]);
        Assert.Matches(@"^Build failed in \d+\.\d\d s: 1 error, 0 warnings\. output was left as it was\.$", lines[1]);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }
}
