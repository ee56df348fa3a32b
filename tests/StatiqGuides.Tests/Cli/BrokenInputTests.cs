using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Tests.Testing;
using StatiqGuides.Tests.Testing.Scheduling;

namespace StatiqGuides.Tests.Cli;

/// <summary>No-crash tests: check meets broken inputs of every kind (<see cref="BrokenInputs"/>) and reports each with a
/// coded diagnostic at a file:line:col, never an exception, and the other pages survive.</summary>
[LongRunning(15)]
public sealed class BrokenInputTests
{
    public static TheoryData<string> Cases() => new(BrokenInputs.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task No_crash_check_reports_broken_input_with_a_code_and_a_position(string name)
    {
        var broken = BrokenInputs.All.Single(c => c.Name == name);
        using var site = TestSite.Create();
        broken.Arrange(site);

        CheckRun? run = null;
        var exception = await Record.ExceptionAsync(async () => run = await site.CheckAsync());

        Assert.Null(exception);
        var known = DiagnosticCodes.All.ToDictionary(c => c.Code, StringComparer.Ordinal);
        foreach (var diagnostic in run!.Diagnostics)
        {
            Assert.True(known.ContainsKey(diagnostic.Code), $"unknown code in: {diagnostic}");
            Assert.False(string.IsNullOrEmpty(diagnostic.Location.Path), diagnostic.ToString());
            Assert.True(diagnostic.Location.Line >= 1 && diagnostic.Location.Column >= 1, diagnostic.ToString());
        }
        var all = BrokenInputs.Describe(run.Diagnostics);
        if (broken.Code is { } code)
        {
            Assert.True(run.Diagnostics.Any(d => d.Code == code && d.Location.Path == broken.ReportedAt),
                $"expected {code} at {broken.ReportedAt}; got:\n{all}");
        }
        else
        {
            Assert.True(run.Diagnostics.Count == 0, $"expected nothing to report; got:\n{all}");
        }
        if (broken.KeepsGoodGuide)
        {
            Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
        }
    }

    [Fact]
    public async Task No_crash_the_check_command_on_a_folder_of_broken_files_exits_1_without_a_stack_trace()
    {
        using var site = TestSite.Create();
        foreach (var broken in BrokenInputs.All.Where(c => c.KeepsGoodGuide && c.Path.StartsWith("input/guides/websites/", StringComparison.Ordinal) && c.Path != "input/guides/websites/broken.md"))
        {
            broken.Arrange(site);
        }
        foreach (var (broken, i) in BrokenInputs.All.Where(c => c.Path == "input/guides/websites/broken.md").Select((c, i) => (c, i)))
        {
            var single = TestSite.Create();
            broken.Arrange(single);
            File.Copy(Path.Combine(single.InputDirectory, "guides/websites/broken.md"), Path.Combine(site.InputDirectory, $"guides/websites/broken-{i:D2}.md"));
            single.Dispose();
        }

        var run = await ToolRunner.RunAsync(site.Root, "check");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("xception", run.Stdout + run.Stderr, StringComparison.Ordinal);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith(' ')).ToArray();
        Assert.Contains(lines, l => l.StartsWith("input/guides/websites/broken-", StringComparison.Ordinal) && l.Contains(": error SG0007: ", StringComparison.Ordinal));
        Assert.All(lines.SkipLast(1), l => Assert.Matches(@"^input/[^:]+:\d+:\d+: (error|warning|info) SG\d{4}: ", l));
    }
}
