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

    [Fact]
    public async Task A_liquid_syntax_error_reports_SG0501_once_in_plain_words_at_its_line()
    {
        using var site = TestSite.Create();
        var layout = site.ReadThemeFile("layouts/base.liquid").Replace("{% include 'header' %}", "{% include \"header\" ", StringComparison.Ordinal);
        site.WithThemeFile("layouts/base.liquid", layout);
        var line = layout.Split('\n').ToList().FindIndex(l => l.Contains("{% include \"header\"", StringComparison.Ordinal)) + 1;

        var run = await ToolRunner.RunAsync(site.Root, "check");

        NoInternalError(run);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"theme/layouts/base.liquid:{line}:", run.Stdout, StringComparison.Ordinal);
        var first = run.Stdout.Split('\n')[0];
        Assert.EndsWith(": error SG0501: template error: Invalid 'include' tag", first, StringComparison.Ordinal);
        Assert.Equal("    fix: Fix the Liquid syntax of the theme file.", run.Stdout.Split('\n')[1]);
        Assert.Single(run.Stdout.Split('\n'), l => l.Contains("SG0501", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_names_the_command_as_the_user_runs_it()
    {
        using var site = TestSite.Create();

        var root = await ToolRunner.RunAsync(site.Root, "--help");
        var check = await ToolRunner.RunAsync(site.Root, "check", "--help");

        Assert.Contains("Usage:\n  dotnet run -c Release -- [command] [options]\n", root.Stdout, StringComparison.Ordinal);
        Assert.Contains("Usage:\n  dotnet run -c Release -- check [options]\n", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("--format <text|github|json>", check.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("-1")]
    public async Task A_port_out_of_range_is_refused_before_serving(string port)
    {
        using var site = TestSite.Create();

        var run = await ToolRunner.RunAsync(site.Root, "serve", "--port", port);

        NoInternalError(run);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"--port {port} is not a port: give a number from 1 to 65535, or 0 for any free port.\n", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_format_that_does_not_exist_lists_the_ones_that_do()
    {
        using var site = TestSite.Create();

        var wrong = await ToolRunner.RunAsync(site.Root, "check", "--format", "yaml");
        var upper = await ToolRunner.RunAsync(site.Root, "check", "--format", "JSON");

        Assert.Equal(1, wrong.ExitCode);
        Assert.StartsWith("'yaml' is not a format of --format: use text, github or json.\n", wrong.Stderr, StringComparison.Ordinal);
        Assert.True(upper.ExitCode == 0, upper.ToString());
        Assert.Equal("[]\n", upper.Stdout);
    }

    [Fact]
    public async Task An_untouched_translation_scaffold_is_listed_untranslated_with_its_columns_apart()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr");
        var created = await ToolRunner.RunAsync(site.Root, "new", "translation", "good", "--lang", "fr");

        var report = await ToolRunner.RunAsync(site.Root, "translations", "--lang", "fr");
        var check = await ToolRunner.RunAsync(site.Root, "check");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("\n  untranslated guide      good  input/guides/websites/good.fr.md\n", report.Stdout, StringComparison.Ordinal);
        Assert.Contains("input/guides/websites/good.fr.md:", check.Stdout, StringComparison.Ordinal);
        Assert.Contains(" warning SG0700: the fr translation of 'good' is still the source text", check.Stdout, StringComparison.Ordinal);
    }
}
