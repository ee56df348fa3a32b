using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>Raw HTML is read as a browser reads it (AngleSharp's parser, via ContentSanitizer), and each finding is placed where the
/// author wrote it, also inside quotes and lists and on a tag's later lines. The body starts on line 6.</summary>
public sealed class RawHtmlPositionTests
{
    private const string Page = "en/guides/websites/body/index.html";

    private static TestSite SiteWithBody(string body) =>
        TestSite.Create().WithGuide("body", "title: Body\nsummary: S", body);

    [Fact]
    public async Task Event_handlers_inside_quotes_and_lists_report_SG0302_at_their_own_column()
    {
        using var site = SiteWithBody("> quote <i onclick=1>q</i>\n> <div title=a\n> onload=\"y\">\n\n- item\n  <div\n    onfocus=1>\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/body.md:6:12: error SG0302: event handler attribute 'onclick' is not allowed in content",
            "input/guides/websites/body.md:8:3: error SG0302: event handler attribute 'onload' is not allowed in content",
            "input/guides/websites/body.md:12:5: error SG0302: event handler attribute 'onfocus' is not allowed in content");
    }

    [Fact]
    public async Task An_inline_tag_continued_on_the_next_paragraph_line_reports_SG0302_there()
    {
        using var site = SiteWithBody("Some text and <span\n   onclick=\"x()\">more</span> text.\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/body.md:7:4: error SG0302: event handler attribute 'onclick' is not allowed in content");
    }

    [Fact]
    public async Task A_javascript_url_with_a_legacy_entity_or_a_newline_reports_SG0303()
    {
        using var site = SiteWithBody("<a href=\"&#106;avascript:a()\">1</a>\n<a href=\"java&NewLine;script:b()\">2</a>\n<img src=' JaVaScRiPt:c()'>\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/body.md:6:4: error SG0303: javascript: URLs are not allowed in content",
            "input/guides/websites/body.md:7:4: error SG0303: javascript: URLs are not allowed in content",
            "input/guides/websites/body.md:8:1: warning SG0900: image ' JaVaScRiPt:c()' has no alt text: screen readers cannot say what it shows",
            "input/guides/websites/body.md:8:6: error SG0303: javascript: URLs are not allowed in content");
    }

    [Fact]
    public async Task Markup_a_browser_reads_as_text_or_an_encoded_ampersand_is_not_reported_as_unsafe()
    {
        using var site = SiteWithBody(
            "<a href=\"javascript&amp;colon;x\" title=\"about onclick=\">ok</a>\n\n<textarea><b onclick=\"x()\"></textarea>\n\n<p data-x=\"&colon\">done</p>\n");

        var run = await site.CheckAsync();

        // Read once, as a browser does, the href is a relative link to a file named 'javascript&colon;x', which is missing.
        // The textarea is refused as a form control (SG0304); what it holds is text, not an event handler.
        Expect.Diagnostics(run,
            "input/guides/websites/body.md:6:4: error SG0401: link target 'javascript&colon;x' does not exist",
            "input/guides/websites/body.md:8:1: error SG0304: <textarea> is not allowed in content");
        Assert.Equal("javascript&colon;x", run.Page(Page).QuerySelector(".prose a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_raw_attribute_left_open_that_turns_a_markdown_link_into_a_handler_reports_SG0302_at_the_raw_html()
    {
        // Rendered: <div title="\n<p><a href="onclick=alert(1)//">, where the link's quote ends the title and onclick follows.
        using var site = SiteWithBody("<div title=\"\n\n[x](onclick=alert(1)//)\n\n</div>\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/body.md:6:1: error SG0302: event handler attribute 'onclick' is not allowed in content",
            "input/guides/websites/body.md:6:1: error SG0308: raw HTML ends inside a tag or an attribute value; the text and markup after it would become part of it",
            "input/guides/websites/body.md:8:1: error SG0401: link target 'onclick=alert(1)//' does not exist");
    }

    [Fact]
    public async Task A_raw_attribute_left_open_that_markdown_text_closes_reports_SG0302_at_the_raw_html()
    {
        using var site = SiteWithBody("Intro.\n\n<div title='\n\nHello ' onmouseover='alert(1)' x='\n\n</div>\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/body.md:8:1: error SG0302: event handler attribute 'onmouseover' is not allowed in content",
            "input/guides/websites/body.md:8:1: error SG0305: attribute 'x' on <div> is not allowed in content",
            "input/guides/websites/body.md:8:1: error SG0308: raw HTML ends inside a tag or an attribute value; the text and markup after it would become part of it");
    }

    [Fact]
    public async Task Markdown_between_well_formed_raw_html_is_not_reported()
    {
        using var site = SiteWithBody("<div class=\"note\" title='a \"quoted\" title'>\n\nSome **bold** text, a [link](#first) and `<b onclick=\"x\">` as code.\n\n</div>\n\nText <span title=\"t\">with</span> [links](good.md).\n");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        Assert.Empty(run.Page(Page).QuerySelectorAll(".prose [onclick]"));
    }
}
