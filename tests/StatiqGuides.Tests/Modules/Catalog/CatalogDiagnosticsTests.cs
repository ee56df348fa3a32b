using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Catalog;

public sealed class CatalogDiagnosticsTests
{
    [Fact]
    public async Task An_unknown_case_study_reports_SG0101()
    {
        using var site = TestSite.Create()
            .WithCaseStudy("kenya")
            .WithGuide("citing", "title: Citing\nsummary: S\ncase_studies: [kenya, nope, good]");

        var run = await site.CheckAsync();

        // 'good' exists but is a guide, not a case study.
        Expect.Diagnostics(run,
            "input/guides/websites/citing.md:4:23: error SG0101: unknown case study 'nope'",
            "input/guides/websites/citing.md:4:29: error SG0101: unknown case study 'good'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task An_unknown_related_guide_reports_SG0103()
    {
        using var site = TestSite.Create()
            .WithCaseStudy("kenya")
            .WithGuide("relating", "title: Relating\nsummary: S\nrelated:\n  - good\n  - nada\n  - kenya");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/relating.md:6:5: error SG0103: unknown guide 'nada'",
            "input/guides/websites/relating.md:7:5: error SG0103: unknown guide 'kenya'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task An_unknown_case_study_theme_reports_SG0105()
    {
        using var site = TestSite.Create().WithCaseStudy("kenya", "themes: [websites, nowhere]");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/case-studies/kenya.md:7:20: error SG0105: unknown section 'nowhere'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_duplicate_uid_reports_SG0106_naming_both_files()
    {
        using var site = TestSite.Create()
            .WithGuide("original", "title: Original\nsummary: S")
            .WithCaseStudy("copy", "uid: original", cited: false)
            .CitedByGoodGuide("original");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/case-studies/copy.md:8:6: error SG0106: duplicate uid 'original': also used by input/guides/websites/original.md",
            "input/guides/websites/original.md:1:1: error SG0106: duplicate uid 'original': also used by input/case-studies/copy.md");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task Uids_of_guides_in_two_sections_must_differ_too()
    {
        using var site = TestSite.Create()
            .WithFile("guides/archives/_section.yml", "title: Archives\nsummary: S\nhub: hub-web\n")
            .WithFile("guides/archives/good.md", TestSite.GoodGuide);

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/archives/good.md:1:1: error SG0106: duplicate uid 'good': also used by input/guides/websites/good.md",
            "input/guides/websites/good.md:1:1: error SG0106: duplicate uid 'good': also used by input/guides/archives/good.md");
    }

    [Fact]
    public async Task A_page_taking_a_reserved_folder_name_reports_SG0602()
    {
        using var site = TestSite.Create().WithFile("pages/guides.md", "---\ntitle: Guides\n---\n\nAll guides.\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/pages/guides.md:1:1: error SG0602: 'en/guides/index.html' would be written twice: also by the site's own 'guides' pages");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }
}
