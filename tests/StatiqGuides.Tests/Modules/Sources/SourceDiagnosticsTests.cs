using System.Text;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Sources;

public sealed class SourceDiagnosticsTests
{
    [Fact]
    public async Task Invalid_utf8_reports_SG0001_at_the_bad_byte()
    {
        using var site = TestSite.Create()
            .WithBytes("guides/websites/latin1.md", [.. "---\ntitle: T\nsummary: S\n---\n\ncaf"u8, 0xE9, .. " au lait\n"u8]);

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/latin1.md:6:4: error SG0001: the file is not valid UTF-8 (invalid byte 0xE9)");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
        Assert.DoesNotContain("en/guides/websites/latin1/index.html", run.Pages.Keys);
    }

    [Fact]
    public async Task Invalid_utf8_in_a_section_file_reports_SG0001_and_the_section_is_missing()
    {
        using var site = TestSite.Create()
            .WithBytes("guides/websites/_section.yml", [.. "title: Websites\nhub: hub-web\nsummary: Sites "u8, 0xFF, (byte)'\n']);

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/_section.yml:3:16: error SG0001: the file is not valid UTF-8 (invalid byte 0xFF)",
            "input/guides/websites/good.md:1:1: error SG0111: guide folder 'websites' has no _section.yml",
            "input/hubs.yml:5:14: error SG0105: unknown section 'websites'");
    }

    [Fact]
    public async Task A_byte_order_mark_and_crlf_line_endings_are_accepted()
    {
        using var site = TestSite.Create()
            .WithBytes("guides/websites/windows.md", [.. Encoding.UTF8.GetPreamble(), .. "---\r\ntitle: Windows\r\nsummary: S\r\n---\r\n\r\n## Saved on Windows\r\n"u8]);

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        Assert.Equal("Saved on Windows", run.Page("en/guides/websites/windows/index.html").QuerySelector("h2#saved-on-windows")?.TextContent);
    }

    [Fact]
    public async Task A_file_without_front_matter_reports_SG0004()
    {
        using var site = TestSite.Create().WithFile("pages/about.md", "# About\n\nNo front matter here.\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/pages/about.md:1:1: error SG0004: the file has no front matter: its first line must be '---'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task Unclosed_front_matter_reports_SG0004()
    {
        using var site = TestSite.Create().WithFile("guides/websites/open.md", "---\ntitle: Open\nsummary: S\n\n## Body\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/open.md:1:1: error SG0004: the front matter is not closed by a line '---'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_missing_settings_file_reports_SG0005()
    {
        using var site = TestSite.Create().WithoutFile("site.yml");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/site.yml:1:1: error SG0005: cannot read the file: the file does not exist");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_guide_nested_below_its_section_reports_SG0111()
    {
        using var site = TestSite.Create().WithFile("guides/websites/drafts/nested.md", TestSite.GoodGuide);

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/drafts/nested.md:1:1: error SG0111: guide folder 'websites/drafts' has no _section.yml");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_guide_in_a_folder_without_section_file_reports_SG0111()
    {
        using var site = TestSite.Create().WithFile("guides/nosection/orphan.md", TestSite.GoodGuide);

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/nosection/orphan.md:1:1: error SG0111: guide folder 'nosection' has no _section.yml");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_guide_directly_under_guides_reports_SG0111()
    {
        using var site = TestSite.Create().WithFile("guides/loose.md", TestSite.GoodGuide);

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/loose.md:1:1: error SG0111: guide folder 'guides' has no _section.yml");
    }
}
