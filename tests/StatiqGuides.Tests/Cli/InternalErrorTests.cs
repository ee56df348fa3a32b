using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary>An exception no command expects is one line on stderr and exit 1 (<see cref="ToolProcessTests"/> shows it
/// from the process); STATIQGUIDES_TRACE=1 in the command's environment adds the stack trace for the bug report.</summary>
public sealed class InternalErrorTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create();

    public InternalErrorTests()
    {
        // A file where codeowners must make the folder .github/: an I/O failure the command does not expect.
        Directory.CreateDirectory(Path.Combine(_site.Root, ".git"));
        File.WriteAllText(Path.Combine(_site.Root, ".github"), "");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_internal_error_is_one_line_and_a_hint_on_stderr_and_exit_1()
    {
        var run = await ToolRunner.RunAsync(_site.Root, "codeowners");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.Equal(
            $"statiqguides: internal error (IOException): The file '{Path.Combine(_site.Root, ".github")}' already exists.\n" +
            "This is a bug in StatiqGuides, not in your content; please report it with the file that causes it (STATIQGUIDES_TRACE=1 shows the stack trace).\n",
            run.Stderr);
    }

    [Fact]
    public async Task With_statiqguides_trace_the_stack_trace_follows_the_line()
    {
        var variables = ToolRunner.Variables();
        variables["STATIQGUIDES_TRACE"] = "1";

        var run = await ToolRunner.RunWithAsync(_site.Root, variables, terminal: null, "codeowners");

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.Stderr.Split('\n');
        Assert.StartsWith("statiqguides: internal error (IOException): ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("System.IO.IOException: ", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("   at StatiqGuides.Cli.CodeOwnersCommand", StringComparison.Ordinal));
        Assert.DoesNotContain("This is a bug", run.Stderr, StringComparison.Ordinal);
    }
}
