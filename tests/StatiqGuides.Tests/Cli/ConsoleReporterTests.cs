using System.Text.RegularExpressions;
using Spectre.Console;
using StatiqGuides.Cli;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary>What a person sees in a terminal (<see cref="CommandEnvironment.Terminal"/> set, as Program sets it when
/// stdout and stderr are one): a progress display, then diagnostics in bold and colours, which NO_COLOR and a CI's
/// variables in the command's environment (not the test host's) turn off.</summary>
public sealed partial class ConsoleReporterTests
{
    private static readonly ConsoleTerminal Terminal = new(Ansi: true, ColorSystem.Standard, Width: 200);

    private static TestSite Site() => TestSite.Create()
        .WithGuide("bad", "summary: no title")
        .WithGuide("coloured", "title: Coloured\nsummary: S\ncolour: blue");

    private const string Error = "input/guides/websites/bad.md:1:1: error SG0201: missing required key 'title'";
    private const string Warning = "input/guides/websites/coloured.md:4:1: warning SG0206: unknown key 'colour'";

    /// <summary>What follows the progress display, which ends by showing the cursor again.</summary>
    private static string AfterProgress(string stdout)
    {
        const string ShowCursor = "\u001b[?25h";
        Assert.Contains("Building: ", stdout, StringComparison.Ordinal);
        return stdout[(stdout.LastIndexOf(ShowCursor, StringComparison.Ordinal) + ShowCursor.Length)..];
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task In_a_terminal_a_progress_display_runs_and_errors_are_red_warnings_yellow_and_fixes_green()
    {
        using var site = Site();

        var run = await ToolRunner.RunWithAsync(site.Root, new Dictionary<string, string?>(), Terminal, "check");

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = Lines(AfterProgress(run.Stdout));
        Assert.Equal("\u001b[1minput/guides/websites/bad.md:1:1\u001b[0m: \u001b[91merror SG0201\u001b[0m: missing required key 'title'", lines[0]);
        Assert.Equal("    \u001b[32mfix:\u001b[0m Add the key to the front matter or settings file.", lines[1]);
        Assert.Equal("\u001b[1minput/guides/websites/coloured.md:4:1\u001b[0m: \u001b[93mwarning SG0206\u001b[0m: unknown key 'colour'", lines[2]);
        Assert.Equal([Error, Warning], lines.Select(l => Escapes().Replace(l, "")).Where(l => !l.StartsWith(' ')).SkipLast(1));
        Assert.Matches(@"^Checked \d+ pages in \d+\.\d\d s: 1 error, 1 warning\.$", lines[^1]);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task No_color_in_the_commands_environment_keeps_the_bold_and_drops_the_colours()
    {
        using var site = Site();

        var run = await ToolRunner.RunWithAsync(site.Root, new Dictionary<string, string?> { ["NO_COLOR"] = "1" }, Terminal, "check");

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = Lines(AfterProgress(run.Stdout));
        Assert.Equal("\u001b[1minput/guides/websites/bad.md:1:1\u001b[0m: error SG0201: missing required key 'title'", lines[0]);
        Assert.Equal("    fix: Add the key to the front matter or settings file.", lines[1]);
        Assert.DoesNotMatch(@"\u001b\[(3|9)\dm", run.Stdout);
    }

    [Fact]
    public async Task In_github_actions_the_terminal_gets_the_plain_lines_of_a_redirected_output()
    {
        using var site = Site();
        var plain = await ToolRunner.RunAsync(site.Root, "check");

        var run = await ToolRunner.RunWithAsync(site.Root, new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" }, Terminal, "check");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("\u001b", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(Lines(plain.Stdout)[..^1], Lines(run.Stdout)[..^1]);
        Assert.StartsWith($"{Error}\n    fix: ", run.Stdout, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex Escapes();
}
