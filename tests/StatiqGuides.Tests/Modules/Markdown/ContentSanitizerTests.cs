using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Tests.Testing;
using StatiqGuides.Tests.Testing.Scheduling;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>The allow-list sanitizer (issue 9, class 4): every trick to run script or take the reader elsewhere is an
/// SG03xx error at the guide, and the page as rendered carries nothing that runs. The body starts on line 6.</summary>
[LongRunning(12)]
public sealed class ContentSanitizerTests
{
    private const string Page = "en/guides/websites/hostile/index.html";

    public static TheoryData<string> Names() => [.. HostileInputs.ScriptBodies.Select(b => b.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_hostile_body_is_an_SG03xx_error_and_its_page_carries_nothing_that_runs(string name)
    {
        var body = HostileInputs.ScriptBodies.Single(b => b.Name == name).Body;
        using var site = TestSite.Create().WithGuide("hostile", "title: Hostile\nsummary: S", body);

        var run = await site.CheckAsync();

        Assert.Contains(run.Diagnostics, d => d.Severity == Severity.Error && d.Location.Path == "input/guides/websites/hostile.md"
            && (d.Code.StartsWith("SG03", StringComparison.Ordinal) || d.Code == "SG0306"));
        Assert.DoesNotContain(run.Diagnostics, d => d.Location.Path != "input/guides/websites/hostile.md");
        NothingRuns.Assert(run.Page(Page).QuerySelector(".prose")!);
        Assert.True(run.Pages.ContainsKey(TestSite.GoodGuidePage), "the good guide is still rendered");

        var build = await site.BuildAsync();
        Assert.True(build.Errors > 0);
        Assert.False(Directory.Exists(site.OutputDirectory) && Directory.EnumerateFileSystemEntries(site.OutputDirectory).Any());
    }

    [Fact]
    public async Task Prose_html_and_a_raster_data_image_pass_unchanged_and_unreported()
    {
        const string body = "<details><summary>More</summary>\n\nHidden *text*.\n\n</details>\n\n<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\">\n\n| a | b |\n|--:|---|\n| 1 | 2 |\n\n- [x] done\n";
        using var site = TestSite.Create().WithGuide("fine", "title: Fine\nsummary: S", body);

        var run = await site.CheckAsync();

        Expect.Diagnostics(run);
        var prose = run.Page("en/guides/websites/fine/index.html").QuerySelector(".prose")!;
        Assert.Equal("data:image/png;base64,iVBORw0KGgo=", prose.QuerySelector("img")!.GetAttribute("src"));
        Assert.NotNull(prose.QuerySelector("details > summary"));
        Assert.Equal("text-align: right;", prose.QuerySelector("th")!.GetAttribute("style"));
        // The task box passed the sanitizer and became text that says its state (WCAG: no unlabelled form control).
        Assert.NotNull(prose.QuerySelector(".task-box[role=img][aria-label=Done]"));
    }

    [Fact]
    public async Task A_raw_event_attribute_is_reported_at_its_line_and_removed_from_the_page()
    {
        using var site = TestSite.Create().WithGuide("hostile", "title: Hostile\nsummary: S", "Para.\n\n<p>ok</p>\n<p onclick=\"x()\">bad</p>\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/hostile.md:9:4: error SG0302: event handler attribute 'onclick' is not allowed in content");
        Assert.Equal("bad", run.Page(Page).QuerySelectorAll(".prose p")[2].TextContent);
        NothingRuns.Assert(run.Page(Page).QuerySelector(".prose")!);
    }

    [Fact]
    public async Task A_guide_left_inside_an_attribute_cannot_reach_the_next_guide_on_the_printable_page()
    {
        using var site = TestSite.Create()
            .WithGuide("a-first", "title: First\nsummary: S\norder: 1", "Text\n\n<div title=\"\n")
            .WithGuide("b-second", "title: Second\nsummary: S\norder: 2", "<p>\" onmouseover=\"alert(1)\" x=\"</p>\n");

        var run = await site.CheckAsync();

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0308" && d.Location.Path == "input/guides/websites/a-first.md");
        var print = run.Page("en/guides/websites/print/index.html");
        NothingRuns.Assert(print.QuerySelector("main")!);
    }
}
