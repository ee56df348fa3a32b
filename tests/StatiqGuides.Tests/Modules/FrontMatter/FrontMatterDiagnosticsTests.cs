using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.FrontMatter;

public sealed class FrontMatterDiagnosticsTests
{
    [Fact]
    public async Task Missing_title_reports_SG0201()
    {
        using var site = TestSite.Create().WithGuide("untitled", "summary: No title.");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/untitled.md:1:1: error SG0201: missing required key 'title'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_case_study_missing_its_facts_reports_SG0201_for_each_key()
    {
        using var site = TestSite.Create().WithFile("case-studies/vague.md", "---\ntitle: Vague\nsummary: S\n---\n\nText.\n")
            .CitedByGoodGuide("vague");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/case-studies/vague.md:1:1: warning SG0118: case study 'vague' is maintained by no hub: none of its themes is a section that a hub in hubs.yml maintains",
            "input/case-studies/vague.md:1:1: error SG0201: missing required key 'country'",
            "input/case-studies/vague.md:1:1: error SG0201: missing required key 'parliament'",
            "input/case-studies/vague.md:1:1: error SG0201: missing required key 'year'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_reports_SG0202()
    {
        using var site = TestSite.Create().WithGuide("typed", "title: Typed\nsummary: S\norder: first\ntags: {a: b}\ndraft: maybe");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/typed.md:4:8: error SG0202: 'order' must be an integer, found 'first'",
            "input/guides/websites/typed.md:5:7: error SG0202: 'tags' must be a list of strings, found a mapping",
            "input/guides/websites/typed.md:6:8: error SG0202: 'draft' must be true or false, found 'maybe'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task An_impossible_date_reports_SG0203()
    {
        using var site = TestSite.Create().WithGuide("dated", "title: Dated\nsummary: S\nupdated: 2023-02-30");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/dated.md:4:10: error SG0203: 'updated' is not a valid date (YYYY-MM-DD): '2023-02-30'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_leap_day_is_a_valid_date()
    {
        using var site = TestSite.Create().WithGuide("leap", "title: Leap\nsummary: S\nupdated: 2024-02-29");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        Assert.Equal("2024-02-29", run.Page("en/guides/websites/leap/index.html").QuerySelector("time")?.GetAttribute("datetime"));
    }

    [Fact]
    public async Task A_summary_over_300_characters_reports_SG0204()
    {
        using var site = TestSite.Create()
            .WithGuide("long", $"title: Long\nsummary: {new string('x', 301)}")
            .WithGuide("just-right", $"title: Just right\nsummary: {new string('y', 300)}");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/long.md:3:10: error SG0204: summary is 301 characters long; the limit is 300");
        Assert.Contains("en/guides/websites/just-right/index.html", run.Pages.Keys);
    }

    [Fact]
    public async Task An_unknown_country_code_reports_SG0205()
    {
        using var site = TestSite.Create().WithCaseStudy("nowhere", "country: XX").WithCaseStudy("lower", "country: ke");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/case-studies/lower.md:7:10: error SG0205: 'ke' is not an ISO 3166-1 alpha-2 country code",
            "input/case-studies/nowhere.md:7:10: error SG0205: 'XX' is not an ISO 3166-1 alpha-2 country code");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task EU_is_accepted_as_a_country_for_european_union_institutions()
    {
        using var site = TestSite.Create().WithCaseStudy("europarl", "country: EU");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        Assert.Contains("en/case-studies/europarl/index.html", run.Pages.Keys);
    }

    [Fact]
    public async Task An_unknown_key_reports_SG0206_as_a_warning_and_the_page_is_still_built()
    {
        using var site = TestSite.Create().WithGuide("coloured", "title: Coloured\nsummary: S\ncolour: blue");

        var result = await site.BuildAsync();

        Expect.Diagnostics(result.Diagnostics, "input/guides/websites/coloured.md:4:1: warning SG0206: unknown key 'colour'");
        Assert.Equal(0, result.Errors);
        Assert.True(File.Exists(site.OutputPath("en/guides/websites/coloured/index.html")));
    }

    [Fact]
    public async Task An_empty_required_value_reports_SG0207()
    {
        using var site = TestSite.Create().WithGuide("blank", "title: \"\"\nsummary:");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/blank.md:2:8: error SG0207: 'title' must not be empty",
            "input/guides/websites/blank.md:3:9: error SG0207: 'summary' must not be empty");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task An_alias_that_is_not_a_site_path_reports_SG0211()
    {
        using var site = TestSite.Create().WithGuide("moved", "title: Moved\nsummary: S\naliases: [old/page, //evil.example/x, /guides/old-page/]");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/moved.md:4:11: error SG0211: alias 'old/page' must be one site path of URL-safe characters (^/[A-Za-z0-9._~%/-]*$, no '.' or '..' segment, no '//')",
            "input/guides/websites/moved.md:4:21: error SG0211: alias '//evil.example/x' must be one site path of URL-safe characters (^/[A-Za-z0-9._~%/-]*$, no '.' or '..' segment, no '//')");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_draft_is_left_out_unless_drafts_are_asked_for()
    {
        using var site = TestSite.Create().WithGuide("unfinished", "title: Unfinished\nsummary: S\ndraft: true");

        var published = await site.CheckAsync();
        var withDrafts = await site.CheckAsync(drafts: true);

        Expect.NoDiagnostics(published.Diagnostics);
        Expect.NoDiagnostics(withDrafts.Diagnostics);
        Assert.DoesNotContain("en/guides/websites/unfinished/index.html", published.Pages.Keys);
        Assert.Contains("en/guides/websites/unfinished/index.html", withDrafts.Pages.Keys);
    }

    [Fact]
    public async Task A_uid_key_overrides_the_file_name()
    {
        using var site = TestSite.Create()
            .WithGuide("file-name", "title: Renamed\nsummary: S\nuid: better-name")
            .WithGuide("linker", "title: Linker\nsummary: S", "See <xref:better-name>.\n");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        var link = run.Page("en/guides/websites/linker/index.html").QuerySelector(".prose a");
        Assert.Equal("Renamed", link?.TextContent);
        Assert.Equal("../file-name/", link?.GetAttribute("href"));
    }
}
