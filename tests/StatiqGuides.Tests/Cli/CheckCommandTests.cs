using System.Text.Json;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary>The <c>check</c> command run as a process, from the site's folder, as CI runs it.</summary>
public sealed class CheckCommandTests
{
    private static TestSite BadSite() => TestSite.Create()
        .WithGuide("refs", "title: Refs\nsummary: S\ncolour: blue", "See [x](xref:portal-case).\n")
        .WithGuide("dated", "title: Dated\nsummary: S\nupdated: 2023-02-30");

    private const string UnknownXref = "input/guides/websites/refs.md:7:5: error SG0102: unknown xref 'portal-case'";
    private const string UnknownKey = "input/guides/websites/refs.md:4:1: warning SG0206: unknown key 'colour'";
    private const string InvalidDate = "input/guides/websites/dated.md:4:10: error SG0203: 'updated' is not a valid date (YYYY-MM-DD): '2023-02-30'";

    [Fact]
    public async Task Json_format_prints_an_array_of_diagnostics_and_exits_1()
    {
        using var site = BadSite();

        var run = await ToolRunner.RunAsync(site.Root, "check", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var items = json.RootElement.EnumerateArray().Select(e => (
            e.GetProperty("file").GetString(), e.GetProperty("line").GetInt32(), e.GetProperty("column").GetInt32(),
            e.GetProperty("severity").GetString(), e.GetProperty("code").GetString(), e.GetProperty("message").GetString())).ToList();
        Assert.Equal(
        [
            ("input/guides/websites/dated.md", 4, 10, "error", "SG0203", "'updated' is not a valid date (YYYY-MM-DD): '2023-02-30'"),
            ("input/guides/websites/refs.md", 4, 1, "warning", "SG0206", "unknown key 'colour'"),
            ("input/guides/websites/refs.md", 7, 5, "error", "SG0102", "unknown xref 'portal-case'"),
        ], items);
        Assert.All(json.RootElement.EnumerateArray(), e =>
            Assert.Equal(["file", "line", "column", "severity", "code", "message"], e.EnumerateObject().Select(p => p.Name)));
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public async Task Json_format_prints_an_empty_array_for_a_clean_site_and_exits_0()
    {
        using var site = TestSite.Create();

        var run = await ToolRunner.RunAsync(site.Root, "check", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Github_format_prints_workflow_annotations()
    {
        using var site = BadSite();

        var run = await ToolRunner.RunAsync(site.Root, "check", "--format", "github");

        Assert.True(run.ExitCode == 1, run.ToString());
        Expect.Lines(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith(' ')).ToArray(),
        [
            "::error file=input/guides/websites/dated.md,line=4,col=10,title=SG0203::SG0203: 'updated' is not a valid date (YYYY-MM-DD): '2023-02-30'",
            "::warning file=input/guides/websites/refs.md,line=4,col=1,title=SG0206::SG0206: unknown key 'colour'",
            "::error file=input/guides/websites/refs.md,line=7,col=5,title=SG0102::SG0102: unknown xref 'portal-case'",
        ]);
    }

    [Fact]
    public async Task Text_format_prints_path_line_column_severity_code_and_message()
    {
        using var site = BadSite();

        var run = await ToolRunner.RunAsync(site.Root, "check");

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith(' ')).ToArray();
        Expect.Lines(lines[..^1], [InvalidDate, UnknownKey, UnknownXref]);
        // Each code's fix follows its first report, as the user would type the command.
        Assert.Contains($"{InvalidDate}\n    fix: Write a real calendar date as YYYY-MM-DD, e.g. 2024-02-29.\n", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"^Checked \d+ pages in \d+\.\d\d s: 2 errors, 1 warning\.$", lines[^1]);
    }

    [Fact]
    public async Task A_clean_site_exits_0_even_with_warnings()
    {
        using var site = TestSite.Create().WithGuide("coloured", "title: Coloured\nsummary: S\ncolour: blue");

        var run = await ToolRunner.RunAsync(site.Root, "check");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("input/guides/websites/coloured.md:4:1: warning SG0206: unknown key 'colour'\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_and_theme_options_name_other_folders()
    {
        using var site = BadSite();
        var elsewhere = Path.Combine(site.Root, "elsewhere");
        Directory.Move(site.InputDirectory, Path.Combine(site.Root, "content"));
        Directory.Move(site.ThemeDirectory, elsewhere);

        var run = await ToolRunner.RunAsync(site.Root, "check", "--input", "content", "--theme", elsewhere, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("\"file\": \"content/guides/websites/refs.md\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_diagnostics_and_never_a_stack_trace()
    {
        using var site = TestSite.Create()
            .WithBytes("guides/websites/latin1.md", [.. "---\ntitle: T\n"u8, 0xE9, .. "\n---\n"u8])
            .WithFile("hubs.yml", "{ not: [valid")
            .WithFile("site.yml", "- a list\n")
            .WithFile("pages/about.md", "no front matter")
            .WithGuide("body", "title: Body\nsummary: S", "<script>x()</script>\n\n[a](../../../../outside.md)\n");
        site.WithThemeFile("layouts/guide.liquid", "{% for %}");

        var run = await ToolRunner.RunAsync(site.Root, "check");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("Exception", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Contains("input/guides/websites/latin1.md:3:1: error SG0001", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("theme/layouts/guide.liquid:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_folder_reports_SG0010_with_its_fix_and_exit_1()
    {
        using var site = TestSite.Create();

        var run = await ToolRunner.RunAsync(site.Root, "check", "--input", "nowhere");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("--input:1:1: error SG0010: the input folder 'nowhere' does not exist\n"
            + "    fix: Run the command in the folder that holds input/, or pass --input the folder of your site; `dotnet run -c Release -- init` writes a new one.\n", run.Stderr);
        Assert.Equal("", run.Stdout);
    }
}
