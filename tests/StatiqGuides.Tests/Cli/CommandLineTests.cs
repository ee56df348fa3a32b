using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary>Commands run in process, each in its own environment: many at once, as the tests run them.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Commands_run_at_once_in_one_process_each_from_its_own_folder_to_its_own_writers()
    {
        var sites = Enumerable.Range(0, 4).Select(i => TestSite.Create().WithGuide($"bad-{i}", "summary: no title")).ToList();
        try
        {
            var runs = await Task.WhenAll(sites.Select(s => ToolRunner.RunAsync(s.Root, "check")));

            foreach (var (run, i) in runs.Select((r, i) => (r, i)))
            {
                Assert.True(run.ExitCode == 1, run.ToString());
                var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith(' ')).ToArray();
                Assert.Equal($"input/guides/websites/bad-{i}.md:1:1: error SG0201: missing required key 'title'", lines[0]);
                Assert.Matches(@"^Checked \d+ pages in \d+\.\d\d s: 1 error, 0 warnings\.$", lines[1]);
                Assert.Equal(2, lines.Length);
                Assert.Equal("", run.Stderr);
            }
        }
        finally
        {
            foreach (var site in sites) site.Dispose();
        }
    }

    [Fact]
    public async Task A_parse_error_goes_to_the_commands_error_writer_and_the_commands_help_to_its_output_with_exit_1()
    {
        using var site = TestSite.Create();

        var run = await ToolRunner.RunAsync(site.Root, "check", "--format", "yaml");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("'yaml' is not a format of --format: use text, github or json.", run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("Description:\n  Checks the input and theme", run.Stdout, StringComparison.Ordinal);
    }
}
