using System.Globalization;
using System.Text.RegularExpressions;
using StatiqGuides.Cli;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary>The tool as a process, for what only a process shows: the exit code and the one line of a crash, the
/// termination signal, and --help. Every other test runs commands in process (<see cref="ToolRunner"/>).</summary>
public sealed partial class ToolProcessTests
{
    [Fact]
    public async Task An_internal_error_exits_1_with_one_line_and_a_hint_and_no_stack_trace()
    {
        using var site = TestSite.Create();
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        // A file where codeowners must make the folder .github/: an I/O failure the command does not expect.
        File.WriteAllText(Path.Combine(site.Root, ".github"), "");

        var run = await ToolProcess.RunAsync(site.Root, "codeowners");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("", run.Stdout);
        var lines = run.Stderr.Split('\n');
        Assert.True(lines.Length == 3 && lines[2] == "", run.ToString());
        Assert.Matches(@"^statiqguides: internal error \(IOException\): .*\.github.*$", lines[0]);
        Assert.Equal("This is a bug in StatiqGuides, not in your content; please report it with the file that causes it (STATIQGUIDES_TRACE=1 shows the stack trace).", lines[1]);
    }

    [Fact]
    public async Task Serve_stops_cleanly_on_sigterm()
    {
        using var site = TestSite.Create();
        using var process = ToolProcess.Start(site.Root, "serve", "--port", "0");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var built = await process.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.Matches(@"^Built \d+ pages in \d+ ms: 0 errors, 0 warnings\.$", built);
            var serving = await process.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.Matches(@"^Serving http://127\.0\.0\.1:\d+/ \(Ctrl\+C to stop\)\. Watching input/ and theme/\.$", serving);

            using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal(0, process.ExitCode);
            Assert.Equal("Stopping.\n", await process.StandardOutput.ReadToEndAsync(timeout.Token));
            Assert.Equal("", await process.StandardError.ReadToEndAsync(timeout.Token));
            Assert.False(Directory.Exists(site.OutputDirectory));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Help_lists_every_command_and_exits_0()
    {
        using var site = TestSite.Create();

        var run = await ToolProcess.RunAsync(site.Root, "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        Assert.StartsWith("Description:\n  StatiqGuides: builds the multilingual site", run.Stdout, StringComparison.Ordinal);
        var listed = CommandLines().Matches(run.Stdout[run.Stdout.IndexOf("Commands:", StringComparison.Ordinal)..]).Select(m => m.Groups["name"].Value);
        var commands = CommandLine.Create(ToolRunner.Environment(site.Root, TextWriter.Null, TextWriter.Null)).Subcommands.Select(c => c.Name);
        Assert.Equal(commands, listed);
        Assert.Contains("build", listed);
    }

    [GeneratedRegex(@"^  (?<name>[a-z-]+)\b", RegexOptions.Multiline)]
    private static partial Regex CommandLines();
}
