using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>Relative links in raw HTML are rewritten like Markdown links: the page is written deeper than its file
/// (<c>en/guides/websites/body/index.html</c> for <c>guides/websites/body.md</c>). The body starts on line 6.</summary>
public sealed class RawHtmlLinkTests
{
    private const string Page = "en/guides/websites/body/index.html";

    private static TestSite SiteWithBody(string body) =>
        TestSite.Create().WithBytes("assets/logo.png", [0x89, 0x50, 0x4E, 0x47]).WithGuide("body", "title: Body\nsummary: S", body);

    [Fact]
    public async Task Relative_src_and_href_of_raw_html_point_to_the_output_files()
    {
        using var site = SiteWithBody(
            "<figure>\n  <img src=\"../../assets/logo.png\" alt=\"Logo\">\n  <figcaption>See <a href='good.md#first-part'>the guide</a></figcaption>\n</figure>\n\n"
            + "- In a list: <img src=../../assets/logo.png alt=\"unquoted\"> and <a\n  href=\"good.md?x=1&amp;y=2\">two lines</a>.\n");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        var prose = run.Page(Page).QuerySelector(".prose")!;
        Assert.Equal(["../../../../assets/logo.png", "../../../../assets/logo.png"], prose.QuerySelectorAll("img").Select(i => i.GetAttribute("src")));
        Assert.Equal(["../good/#first-part", "../good/?x=1&y=2"], prose.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Logo", prose.QuerySelector("figure img")?.GetAttribute("alt"));
    }

    [Fact]
    public async Task A_raw_html_link_to_a_missing_file_reports_SG0401_at_its_attribute()
    {
        using var site = SiteWithBody("Text.\n\n<p><img alt=\"x\" src=\"missing.png\"></p>\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/assets/logo.png:1:1: warning SG0813: no page uses this asset: it is left out of the offline bundles",
            "input/guides/websites/body.md:8:17: error SG0401: link target 'missing.png' does not exist");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task Absolute_anchored_and_scheme_urls_of_raw_html_are_left_alone_online()
    {
        using var site = SiteWithBody("<a href=\"https://example.org/x.md\">a</a> <a href=\"#first\">b</a> <a href=\"/en/\">c</a> <a href=\"mailto:x@example.org\">d</a>\n");

        var run = await site.CheckAsync();

        // A site-absolute link is kept online, and reported since it breaks from disk.
        Expect.Diagnostics(run, "input/assets/logo.png:1:1: warning SG0813: no page uses this asset: it is left out of the offline bundles",
            "input/guides/websites/body.md:6:68: warning SG0404: link '/en/' starts with '/': it breaks when the site is opened from disk; link to the .md or asset file with a relative path");
        Assert.Equal(["https://example.org/x.md", "#first", "/en/", "mailto:x@example.org"],
            run.Page(Page).QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")));
    }
}
