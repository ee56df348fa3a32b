using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Catalog;

/// <summary>A file that exists but is not published is reported once, by its own diagnostic: what names it (a translation,
/// a link, <c>related:</c>, <c>case_studies:</c>, an xref) is not reported again, and every other page is still built.</summary>
public sealed class SetAsideFileTests
{
    private const string Naming = "title: Naming\nsummary: S\nrelated: [broken]";

    private const string NamingBody = "See [the guide](broken.md) and <xref:broken>.\n";

    [Fact]
    public async Task A_guide_with_malformed_yaml_is_the_one_report_of_everything_that_names_it()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr")
            .WithFile("guides/websites/broken.md", "---\ntitle: \"unclosed\ncase_studies: [study]\n---\n\nText.\n")
            .WithCaseStudy("study", cited: false)
            .WithFile("guides/websites/broken.fr.md", "---\ntitle: Cassé\nsummary: S\n---\n\nTexte.\n")
            .WithGuide("naming", Naming, NamingBody);

        var run = await site.CheckAsync();

        // Nor is 'study' uncited (SG0116): what the broken guide cites cannot be known.
        Expect.Diagnostics(run,
            "input/guides/websites/broken.md:2:8: error SG0002: malformed YAML: unclosed quote: the \" that opens this value is never closed");
        var link = run.Page("en/guides/websites/naming/index.html").QuerySelector("main a[href*='broken']");
        Assert.Equal("../broken/", link?.GetAttribute("href"));
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
        Assert.Contains("fr/guides/websites/naming/index.html", run.Pages.Keys);
    }

    [Fact]
    public async Task A_case_study_that_is_not_utf8_is_the_one_report_of_the_guides_citing_it()
    {
        var bytes = "---\ntitle: Bad\nsummary: @\n---\n\nText.\n"u8.ToArray();
        bytes[Array.IndexOf(bytes, (byte)'@')] = 0xFF;
        using var site = TestSite.Create()
            .WithBytes("case-studies/bad.md", bytes)
            .WithGuide("citing", "title: Citing\nsummary: S\ncase_studies: [bad]", "Read [it](../../case-studies/bad.md) and [this](xref:bad).\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/case-studies/bad.md:3:10: error SG0001: the file is not valid UTF-8 (invalid byte 0xFF)");
        var link = run.Page("en/guides/websites/citing/index.html").QuerySelector("main a[href*='bad']");
        Assert.Equal("../../../case-studies/bad/", link?.GetAttribute("href"));
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_broken_file_that_sets_a_uid_leaves_its_uid_unknown_but_its_path_known()
    {
        using var site = TestSite.Create()
            .WithFile("guides/websites/broken.md", "---\nuid: elsewhere\ntitle: [unclosed\n---\n\nText.\n")
            .WithGuide("naming", Naming, NamingBody);

        var run = await site.CheckAsync();

        // Which uid the file meant cannot be read, so a uid naming it is unknown; the link to its file is not broken.
        Expect.Diagnostics(run,
            "input/guides/websites/broken.md:3:8: error SG0002: malformed YAML: the '[' that opens this value is never closed: end it with ']', or put the whole value in quotes if the '[' is part of the text",
            "input/guides/websites/naming.md:4:11: error SG0103: unknown guide 'broken'",
            "input/guides/websites/naming.md:7:32: error SG0102: unknown xref 'broken'");
        Assert.Contains("en/guides/websites/naming/index.html", run.Pages.Keys);
    }

    [Fact]
    public async Task The_file_withheld_for_a_duplicate_uid_still_has_its_body_checked_and_is_not_unknown()
    {
        using var site = TestSite.Create()
            .WithCaseStudy("copy", "uid: original", cited: false)
            .WithGuide("original", "title: Original\nsummary: S\nrelated: [nowhere]", "A [lost link](lost.md) and [one out](../../../x.md).\n")
            .WithGuide("naming", "title: Naming\nsummary: S\nrelated: [original]", "See [the original](original.md).\n")
            .CitedByGoodGuide("original");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/case-studies/copy.md:8:6: error SG0106: duplicate uid 'original': also used by input/guides/websites/original.md",
            "input/guides/websites/original.md:1:1: error SG0106: duplicate uid 'original': also used by input/case-studies/copy.md",
            "input/guides/websites/original.md:4:11: error SG0103: unknown guide 'nowhere'",
            "input/guides/websites/original.md:7:3: error SG0401: link target 'lost.md' does not exist",
            "input/guides/websites/original.md:7:28: error SG0402: link '../../../x.md' leaves the input folder");
        Assert.Contains("en/guides/websites/naming/index.html", run.Pages.Keys);
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_link_to_the_translation_of_a_withheld_file_goes_to_where_that_file_would_be()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr")
            .WithCaseStudy("copy", "uid: original", cited: false)
            .WithGuide("original", "title: Original\nsummary: S")
            .WithFile("guides/websites/original.fr.md", "---\ntitle: L'original\nsummary: S\n---\n\nVoir [rien](rien.md).\n")
            .WithGuide("naming", "title: Naming\nsummary: S", "See [the French one](original.fr.md).\n")
            .CitedByGoodGuide("original");

        var run = await site.CheckAsync();

        // The withheld translation's body is checked too; the link goes to the guide's page, not to the case study's.
        Expect.Diagnostics(run,
            "input/case-studies/copy.md:8:6: error SG0106: duplicate uid 'original': also used by input/guides/websites/original.md",
            "input/guides/websites/original.fr.md:6:6: error SG0401: link target 'rien.md' does not exist",
            "input/guides/websites/original.md:1:1: error SG0106: duplicate uid 'original': also used by input/case-studies/copy.md");
        var link = run.Page("en/guides/websites/naming/index.html").QuerySelector("main a[href*='original']");
        Assert.Equal("../original/", link?.GetAttribute("href"));
        Assert.Contains("fr/guides/websites/naming/index.html", run.Pages.Keys);
    }
}
