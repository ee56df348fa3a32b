using System.Text.Json;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary><c>new guide</c> and <c>new case-study</c> run as a contributor runs them, then <c>check</c> on the result.</summary>
public sealed class NewCommandTests
{
    private static async Task<List<string>> CheckJsonAsync(TestSite site)
    {
        var check = await ToolRunner.RunAsync(site.Root, "check", "--format", "json");
        Assert.True(check.ExitCode == 0, check.ToString());
        using var json = JsonDocument.Parse(check.Stdout);
        return [.. json.RootElement.EnumerateArray().Select(e =>
            $"{e.GetProperty("file").GetString()}:{e.GetProperty("line").GetInt32()}: {e.GetProperty("severity").GetString()} {e.GetProperty("code").GetString()}")];
    }

    [Fact]
    public async Task New_guide_writes_a_skeleton_whose_untouched_prompts_check_reports_as_SG0232_warnings_only()
    {
        using var site = TestSite.Create();

        var run = await ToolRunner.RunAsync(site.Root, "new", "guide", "--section", "websites", "--slug", "print-friendly-pages", "--title", "Print-friendly \"pages\"");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Created input/guides/websites/print-friendly-pages.md: ", run.Stdout, StringComparison.Ordinal);
        var prompts = await CheckJsonAsync(site);
        Assert.Contains("input/guides/websites/print-friendly-pages.md:3: warning SG0232", prompts);
        Assert.All(prompts, l => Assert.EndsWith(": warning SG0232", l, StringComparison.Ordinal));
        Assert.True(prompts.Count >= 8, string.Join('\n', prompts));
        var build = await site.CheckAsync();
        var page = build.Page("en/guides/websites/print-friendly-pages/index.html");
        Assert.Equal("Print-friendly \"pages\"", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Why it matters", "Before you start", "Step by step", "Checklist", "Examples from parliaments", "Further reading"],
            page.QuerySelectorAll("main h2[id]").Select(h => h.TextContent.Trim()).Where(t => t != "On this page").Take(6));
        Assert.Equal(2, page.QuerySelectorAll("main .task-box[role=img][aria-label=\"To do\"]").Length);
        Assert.Contains("# case_studies: [", File.ReadAllText(Path.Combine(site.InputDirectory, "guides", "websites", "print-friendly-pages.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_case_study_writes_a_skeleton_that_check_accepts_warning_that_no_guide_cites_it_no_hub_maintains_it_and_its_prompts_remain()
    {
        using var site = TestSite.Create();

        var run = await ToolRunner.RunAsync(site.Root, "new", "case-study", "--slug", "kenya-hansard", "--title", "Kenya's Hansard online",
            "--parliament", "National Assembly of Kenya", "--country", "ke", "--year", "2019");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("case_studies: [kenya-hansard]", run.Stdout, StringComparison.Ordinal);
        var first = await CheckJsonAsync(site);
        Assert.Equal(["input/case-studies/kenya-hansard.md:1: warning SG0116", "input/case-studies/kenya-hansard.md:1: warning SG0118", "input/case-studies/kenya-hansard.md:3: warning SG0232"], first.Take(3));
        Assert.All(first.Skip(3), l => Assert.EndsWith(": warning SG0232", l, StringComparison.Ordinal));
        site.CitedByGoodGuide("kenya-hansard");
        Assert.DoesNotContain(await CheckJsonAsync(site), l => l.Contains("SG0116", StringComparison.Ordinal));
        var page = (await site.CheckAsync()).Page("en/case-studies/kenya-hansard/index.html");
        Assert.Equal("Kenya's Hansard online", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("country: KE\n", File.ReadAllText(Path.Combine(site.InputDirectory, "case-studies", "kenya-hansard.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: there is no section 'nope'; the sections are: websites.", "guide", "--section", "nope", "--slug", "x", "--title", "T")]
    [InlineData("error: there is no section 'websits'; did you mean 'websites'? The sections are: websites.", "guide", "--section", "websits", "--slug", "x", "--title", "T")]
    [InlineData("error: 'Not_A_Slug' is not a valid slug: use lower-case letters, digits and hyphens, such as 'open-data-portals'.", "guide", "--section", "websites", "--slug", "Not_A_Slug", "--title", "T")]
    [InlineData("error: the uid 'good' is taken by input/guides/websites/good.md; choose another slug.", "guide", "--section", "websites", "--slug", "good", "--title", "T")]
    [InlineData("error: the uid 'good' is taken by input/guides/websites/good.md; choose another slug.", "case-study", "--slug", "good", "--title", "T", "--parliament", "P", "--country", "KE", "--year", "2020")]
    [InlineData("error: 'XK' is not a country code: use the two letters of ISO 3166-1 (KE, FR, BR...), or EU for European Union institutions.", "case-study", "--slug", "kosovo", "--title", "T", "--parliament", "P", "--country", "XK", "--year", "2020")]
    public async Task Bad_arguments_are_refused_with_a_clear_message_exit_1_and_no_file(string message, params string[] arguments)
    {
        using var site = TestSite.Create();
        var before = Directory.EnumerateFiles(site.InputDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var run = await ToolRunner.RunAsync(site.Root, ["new", .. arguments]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(message + "\n", run.Stderr);
        Assert.Equal(before, Directory.EnumerateFiles(site.InputDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }
}
