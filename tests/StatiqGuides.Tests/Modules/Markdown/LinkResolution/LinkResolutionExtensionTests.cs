using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Markdown.LinkResolution;

/// <summary>The link-resolution extension in memory: Markdown in, HTML and every diagnostic out. The page is
/// <c>guides/websites/body.md</c>, written at <c>en/guides/websites/body/index.html</c> (two folders deeper than its
/// file); its body starts on line 6 unless a test says otherwise.</summary>
public sealed class LinkResolutionExtensionTests
{
    [Fact]
    public void A_relative_link_to_a_Markdown_file_leads_to_its_page()
    {
        var page = MarkdownSite.Create().Parse("[guide](good.md#first-part), [French](good.fr.md?x=1) and [here](#top).\n");

        Assert.Equal("<p><a href=\"../good/#first-part\">guide</a>, <a href=\"../good/?x=1\">French</a> and <a href=\"#top\">here</a>.</p>\n",
            page.Html("en"));
        Expect.Lines(page.Diagnostics, []);
        // The tree keeps the link as written, which content checks quote; the renderer writes where it leads.
        Assert.Equal(["good.md#first-part", "good.fr.md?x=1", "#top"], page.Document.Descendants<LinkInline>().Select(l => l.Url));
    }

    [Fact]
    public void A_link_to_a_missing_file_reports_SG0401_and_is_left_as_written()
    {
        var page = MarkdownSite.Create().Parse("Intro.\n\n[a](nope.md#x) and ![b](../../assets/missing.png)\n");

        Assert.Equal("<p>Intro.</p>\n<p><a href=\"nope.md#x\">a</a> and <img src=\"../../assets/missing.png\" alt=\"b\" /></p>\n", page.Html("en"));
        Expect.Lines(page.Diagnostics, [
            "input/guides/websites/body.md:8:1: error SG0401: link target 'nope.md' does not exist",
            "input/guides/websites/body.md:8:20: error SG0401: link target '../../assets/missing.png' does not exist",
        ]);
    }

    [Fact]
    public void An_asset_link_leads_to_its_output_copy_and_is_collected()
    {
        var page = MarkdownSite.Create(offline: false, "assets/logo.png", "guides/websites/data.csv")
            .Parse("![Logo](../../assets/logo.png \"The logo\") and [data](./data.csv).\n");

        Assert.Equal("<p><img src=\"../../../../assets/logo.png\" alt=\"Logo\" title=\"The logo\" /> and "
            + "<a href=\"../../../../guides/websites/data.csv\">data</a>.</p>\n", page.Html("en"));
        Expect.Lines(page.Diagnostics, []);
        Assert.Equal(["/site/input/assets/logo.png → assets/logo.png", "/site/input/guides/websites/data.csv → guides/websites/data.csv"],
            page.Links.AssetFiles.Select(a => $"{a.Key} → {a.Value}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_link_leaving_the_input_folder_reports_SG0402()
    {
        var page = MarkdownSite.Create(offline: false, "assets/logo.png").Parse("Text [secret](../../../etc/passwd) and [x](%2Fetc%2Fpasswd).\n");

        Assert.Equal("<p>Text <a href=\"../../../etc/passwd\">secret</a> and <a href=\"%2Fetc%2Fpasswd\">x</a>.</p>\n", page.Html("en"));
        Expect.Lines(page.Diagnostics, [
            "input/guides/websites/body.md:6:6: error SG0402: link '../../../etc/passwd' leaves the input folder",
            "input/guides/websites/body.md:6:40: error SG0402: link '%2Fetc%2Fpasswd' leaves the input folder",
        ]);
        Assert.Empty(page.Links.AssetFiles);
    }

    [Fact]
    public void Script_and_disallowed_urls_are_reported_and_neutralised()
    {
        var page = MarkdownSite.Create().Parse("[a](javascript:alert(1)) [b](file:///etc/passwd) <vbscript:x> <ftp://example.org/f>\n");

        Assert.Equal("<p><a href=\"#\">a</a> <a href=\"#\">b</a> <a href=\"#\">#</a> <a href=\"#\">#</a></p>\n", page.Html("en"));
        Expect.Lines(page.Diagnostics, [
            "input/guides/websites/body.md:6:1: error SG0303: javascript: URLs are not allowed in content",
            "input/guides/websites/body.md:6:26: error SG0306: URL 'file:///etc/passwd' in 'href' is not allowed: use https:, http:, mailto:, a relative link or a #fragment (data: only for PNG, JPEG, GIF or WebP images)",
            "input/guides/websites/body.md:6:50: error SG0303: javascript: URLs are not allowed in content",
            "input/guides/websites/body.md:6:63: error SG0306: URL 'ftp://example.org/f' in 'href' is not allowed: use https:, http:, mailto:, a relative link or a #fragment (data: only for PNG, JPEG, GIF or WebP images)",
        ]);
    }

    [Fact]
    public void A_site_absolute_link_is_kept_online_and_made_relative_offline_both_reported_as_SG0404()
    {
        const string Body = "[a](/en/guides/websites/good/#part) [b](/assets/logo.png) [c](/en/nowhere/)\n";
        var online = MarkdownSite.Create(offline: false, "assets/logo.png").Parse(Body);
        var offline = MarkdownSite.Create(offline: true, "assets/logo.png").Parse(Body);

        Assert.Equal("<p><a href=\"/en/guides/websites/good/#part\">a</a> <a href=\"/assets/logo.png\">b</a> <a href=\"/en/nowhere/\">c</a></p>\n",
            online.Html("en"));
        Assert.Equal("<p><a href=\"../good/index.html#part\">a</a> <a href=\"../../../../assets/logo.png\">b</a> "
            + "<a href=\"https://example.org/en/nowhere/\">c</a></p>\n", offline.Html("en"));
        string[] reported = [
            "input/guides/websites/body.md:6:1: warning SG0404: link '/en/guides/websites/good/#part' starts with '/': it breaks when the site is opened from disk; link to the .md or asset file with a relative path",
            "input/guides/websites/body.md:6:37: warning SG0404: link '/assets/logo.png' starts with '/': it breaks when the site is opened from disk; link to the .md or asset file with a relative path",
            "input/guides/websites/body.md:6:59: warning SG0404: link '/en/nowhere/' starts with '/': it breaks when the site is opened from disk; link to the .md or asset file with a relative path",
        ];
        Expect.Lines(online.Diagnostics, reported);
        Expect.Lines(offline.Diagnostics, reported);
        Assert.Empty(online.Links.AssetFiles);
        Assert.Equal(["assets/logo.png"], offline.Links.AssetFiles.Values);
    }

    [Fact]
    public void An_image_from_another_host_is_reported_and_offline_becomes_a_link_to_it()
    {
        const string Body = "![Map of *the* chamber](//example.org/map.png) [![](https://example.org/badge.svg)](https://example.org/)\n";
        var online = MarkdownSite.Create(offline: false).Parse(Body);
        var offline = MarkdownSite.Create(offline: true).Parse(Body);

        Assert.Equal("<p><img src=\"//example.org/map.png\" alt=\"Map of the chamber\" /> "
            + "<a href=\"https://example.org/\"><img src=\"https://example.org/badge.svg\" alt=\"\" /></a></p>\n", online.Html("en"));
        Assert.Equal("<p><a href=\"https://example.org/map.png\">Map of <em>the</em> chamber</a> "
            + "<a href=\"https://example.org/\">https://example.org/badge.svg</a></p>\n", offline.Html("en"));
        string[] reported = [
            "input/guides/websites/body.md:6:1: warning SG0403: image '//example.org/map.png' is loaded from another host: the site's Content-Security-Policy blocks it and offline bundles cannot show it; download it into input/assets/ or link to it",
            "input/guides/websites/body.md:6:49: warning SG0403: image 'https://example.org/badge.svg' is loaded from another host: the site's Content-Security-Policy blocks it and offline bundles cannot show it; download it into input/assets/ or link to it",
        ];
        Expect.Lines(online.Diagnostics, reported);
        Expect.Lines(offline.Diagnostics, reported);
    }

    [Fact]
    public void Raw_html_links_resolve_against_the_same_resolver_at_their_attribute()
    {
        var page = MarkdownSite.Create(offline: false, "assets/logo.png")
            .Parse("<p>\n<img alt=\"Logo\" src=\"../../assets/logo.png\"> <a href='good.md#x'>g</a> <a href=\"gone.md\">h</a>\n</p>\n");

        Assert.Equal("<p>\n<img alt=\"Logo\" src=\"../../../../assets/logo.png\"> <a href=\"../good/#x\">g</a> <a href=\"gone.md\">h</a>\n</p>\n",
            page.Html("en"));
        Expect.Lines(page.Diagnostics, ["input/guides/websites/body.md:7:75: error SG0401: link target 'gone.md' does not exist"]);
        Assert.Equal(["assets/logo.png"], page.Links.AssetFiles.Values);
    }

    [Fact]
    public void Positions_count_the_front_matter_before_the_body()
    {
        var page = MarkdownSite.Create().Parse("> quoted\n> and [a](gone.png)\n", bodyLineOffset: 9);

        Expect.Lines(page.Diagnostics, ["input/guides/websites/body.md:11:7: error SG0401: link target 'gone.png' does not exist"]);
    }
}
