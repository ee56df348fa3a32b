using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary>Mistakes a newcomer made following README.md and docs/ from a fresh clone (issue 15, "How it will be
/// checked"), each run through the command line in process: a coded diagnostic with its fix line, in words the reader
/// understands, never an internal error.</summary>
public sealed class NewcomerMistakesTests
{
    private static void NoInternalError(ToolRun run)
    {
        Assert.DoesNotContain("internal error", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    [InlineData("bundle")]
    public async Task A_theme_folder_given_with_theme_that_does_not_exist_reports_SG0510(string command)
    {
        using var site = TestSite.Create();

        var run = await ToolRunner.RunAsync(site.Root, command, "--theme", "them");

        NoInternalError(run);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("--theme:1:1: error SG0510: the theme folder 'them' given with --theme does not exist\n"
            + "    fix: Pass --theme the folder that holds your theme's files, or leave --theme out: the built-in theme is used, with theme/ overriding it file by file when it exists.\n",
            run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output", "en")), "nothing is built");
    }

    [Fact]
    public async Task Without_theme_a_missing_theme_folder_is_the_built_in_theme()
    {
        using var site = TestSite.Create().WithoutThemeFolder();

        var run = await ToolRunner.RunAsync(site.Root, "check");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task A_theme_folder_with_only_a_stylesheet_overrides_that_file_and_builds()
    {
        using var site = TestSite.Create().WithoutThemeFolder();
        Directory.CreateDirectory(Path.Combine(site.Root, "mytheme", "assets", "css"));
        await File.WriteAllTextAsync(Path.Combine(site.Root, "mytheme", "assets", "css", "site.css"), "body { color: #111; }\n");

        var run = await ToolRunner.RunAsync(site.Root, "build", "--theme", "mytheme");

        NoInternalError(run);
        Assert.True(run.ExitCode == 0, run.ToString());
        var css = Directory.GetFiles(Path.Combine(site.OutputDirectory, "assets", "css"), "site.*.css").Single();
        Assert.Equal("body { color: #111; }\n", await File.ReadAllTextAsync(css));
    }
}
