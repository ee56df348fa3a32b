using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>Body positions: <see cref="TestSite.WithGuide"/> writes two front-matter lines, so the body starts on line 6.</summary>
public sealed class MarkdownDiagnosticsTests
{
    private const string Page = "en/guides/websites/body/index.html";

    private static TestSite SiteWithBody(string body) =>
        TestSite.Create().WithGuide("body", "title: Body\nsummary: S", body);

    [Fact]
    public async Task An_unknown_xref_reports_SG0102_for_links_and_autolinks()
    {
        using var site = SiteWithBody("See [x](xref:missing-uid) and <xref:other-missing>.\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/body.md:6:5: error SG0102: unknown xref 'missing-uid'",
            "input/guides/websites/body.md:6:31: error SG0102: unknown xref 'other-missing'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
        Assert.Equal(["#", "#"], run.Page(Page).QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Known_xrefs_link_to_the_target_with_its_title()
    {
        using var site = SiteWithBody("See [the guide](xref:good), <xref:good> and [](xref:good#first-part).\n");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        var links = run.Page(Page).QuerySelectorAll(".prose a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("the guide", "../good/"), ("A good guide", "../good/"), ("A good guide", "../good/#first-part")], links);
    }

    [Fact]
    public async Task An_xref_to_a_missing_heading_reports_SG0107()
    {
        using var site = SiteWithBody("Intro.\n\nSee [part](xref:good#missing-anchor).\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/body.md:8:5: error SG0107: 'good' has no heading with id 'missing-anchor'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_raw_script_element_reports_SG0301()
    {
        using var site = SiteWithBody("Text.\n\n<script>alert(1)</script>\n\nMore <span><script src=\"x.js\"></script></span>.\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/body.md:8:1: error SG0301: raw <script> elements are not allowed in content",
            "input/guides/websites/body.md:10:12: error SG0301: raw <script> elements are not allowed in content",
            "input/guides/websites/body.md:10:20: error SG0401: link target 'x.js' does not exist");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task An_event_handler_attribute_reports_SG0302()
    {
        using var site = SiteWithBody("<div>\n<img src=\"a.png\" alt=\"\" onerror=\"x()\">\n</div>\n\nInline <b ONCLICK='y()'>bold</b>.\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/body.md:7:6: error SG0401: link target 'a.png' does not exist",
            "input/guides/websites/body.md:7:25: error SG0302: event handler attribute 'onerror' is not allowed in content",
            "input/guides/websites/body.md:10:11: error SG0302: event handler attribute 'ONCLICK' is not allowed in content");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_javascript_url_reports_SG0303_in_markdown_links_autolinks_and_raw_html()
    {
        using var site = SiteWithBody(
            "A [link](javascript:alert(1)).\n\nAn <javascript:alert(2)> autolink.\n\n<a href=\" JavaScript&#58;alert(3)\">raw</a>\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/body.md:6:3: error SG0303: javascript: URLs are not allowed in content",
            "input/guides/websites/body.md:8:4: error SG0303: javascript: URLs are not allowed in content",
            "input/guides/websites/body.md:10:4: error SG0303: javascript: URLs are not allowed in content");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_javascript_url_disguised_with_html5_entities_reports_SG0303()
    {
        using var site = SiteWithBody("<a href=\"javascript&colon;alert(1)\">colon</a> <a href=\"java&Tab;script:alert(2)\">tab</a>\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/body.md:6:4: error SG0303: javascript: URLs are not allowed in content",
            "input/guides/websites/body.md:6:50: error SG0303: javascript: URLs are not allowed in content");
    }

    [Fact]
    public async Task An_event_handler_in_a_tag_spanning_lines_reports_SG0302()
    {
        using var site = SiteWithBody("<div\n  onclick=\"alert(1)\">x</div>\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/body.md:7:3: error SG0302: event handler attribute 'onclick' is not allowed in content");
    }

    [Fact]
    public async Task Script_in_code_blocks_inline_code_and_comments_is_not_reported()
    {
        using var site = SiteWithBody(
            "```html\n<script>alert(1)</script>\n<a onclick=\"x()\" href=\"javascript:y()\">\n```\n\n" +
            "Inline `<script>` and `[x](javascript:z)` are fine.\n\n    <script>indented code</script>\n\n<!-- <script>commented out</script> -->\n");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        var prose = run.Page(Page).QuerySelector(".prose")!;
        Assert.Empty(prose.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script>", prose.QuerySelector("pre code")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_a_missing_file_reports_SG0401()
    {
        using var site = SiteWithBody("See [gone](nothere.md) and ![chart](../../assets/missing.png).\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/body.md:6:5: error SG0401: link target 'nothere.md' does not exist",
            "input/guides/websites/body.md:6:28: error SG0401: link target '../../assets/missing.png' does not exist");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_link_leaving_the_input_folder_reports_SG0402()
    {
        using var site = SiteWithBody("Link [bad](../../../etc/passwd).\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/body.md:6:6: error SG0402: link '../../../etc/passwd' leaves the input folder");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task Relative_links_to_markdown_files_and_assets_are_rewritten_to_output_urls()
    {
        using var site = SiteWithBody("See [good](good.md#first-part), [kenya](../../case-studies/kenya.md) and ![logo](../../assets/logo.png).\n")
            .WithCaseStudy("kenya")
            .WithBytes("assets/logo.png", [0x89, 0x50, 0x4E, 0x47]);

        var result = await site.BuildAsync();

        Expect.NoDiagnostics(result.Diagnostics);
        var prose = site.OutputPage(Page).QuerySelector(".prose")!;
        Assert.Equal(["../good/#first-part", "../../../case-studies/kenya/"], prose.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("../../../../assets/logo.png", prose.QuerySelector("img")?.GetAttribute("src"));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(site.OutputPath("assets/logo.png")));
    }

    [Fact]
    public async Task Markdown_nested_thousands_deep_reports_SG0007_and_the_other_pages_survive()
    {
        using var site = SiteWithBody("Intro.\n\n" + new string('>', 3000) + " deep\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/body.md:8:1: error SG0007: the Markdown is nested too deeply to render (quotes, lists, brackets or emphasis hundreds of levels deep)");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }
}
