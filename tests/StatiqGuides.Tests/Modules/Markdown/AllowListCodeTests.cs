using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>Each code of the allow-list sanitizer, at the line of the raw HTML that caused it (the body starts on line 6).</summary>
public sealed class AllowListCodeTests
{
    private static async Task<CheckRun> CheckBody(string body)
    {
        using var site = TestSite.Create().WithGuide("body", "title: Body\nsummary: S", body);
        return await site.CheckAsync();
    }

    [Theory]
    [InlineData("<base href=\"https://evil.example/\">\n", "base")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">\n", "meta")]
    [InlineData("<form action=\"https://evil.example/\"><input name=p></form>\n", "form")]
    [InlineData("<svg><title><img src=x onerror=alert(1)></title></svg>\n", "svg")]
    public async Task An_element_outside_the_allow_list_reports_SG0304(string body, string element)
    {
        var run = await CheckBody(body);

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0304" && d.Message == $"<{element}> is not allowed in content" && d.Location.Line == 6);
    }

    [Theory]
    [InlineData("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\" src=\"https://example.org/\"></iframe>\n", "srcdoc")]
    [InlineData("<p tabindex=1 accesskey=x>p</p>\n", "tabindex")]
    public async Task An_attribute_outside_the_allow_list_reports_SG0305(string body, string attribute)
    {
        var run = await CheckBody(body);

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0305" && d.Message.StartsWith($"attribute '{attribute}'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>\n")]
    [InlineData("<object data=\"data:text/html;base64,PHNjcmlwdD4=\"></object>\n")]
    [InlineData("<a href=\"file:///etc/passwd\">x</a>\n")]
    [InlineData("[x](data:text/html,hi)\n")]
    public async Task A_url_outside_the_allowed_schemes_reports_SG0306(string body)
    {
        var run = await CheckBody(body);

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0306" && d.Location.Line == 6);
    }

    [Fact]
    public async Task A_positioning_style_reports_SG0307()
    {
        var run = await CheckBody("<a href=\"https://evil.example/\" style=\"position: fixed; inset: 0\">x</a>\n");

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0307" && d.Message.Contains("position", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Raw_html_ending_inside_an_attribute_reports_SG0308()
    {
        var run = await CheckBody("Text\n\n<div title=\"open\n");

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0308" && d.Location.Line == 8);
    }

    [Fact]
    public async Task An_element_left_open_at_the_end_of_the_body_reports_SG0309()
    {
        var run = await CheckBody("<section>\n\nText\n");

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0309" && d.Message.Contains("<section>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_conditional_comment_reports_SG0311_while_a_plain_comment_passes()
    {
        var run = await CheckBody("<!-- a note -->\n\n<!--[if IE]><script>alert(1)</script><![endif]-->\n");

        Expect.Diagnostics(run, "input/guides/websites/body.md:8:1: error SG0311: conditional comments ('<!--[if ...]>') are not allowed in content: old browsers read what they hold as markup");
    }

    [Fact]
    public async Task An_end_tag_that_would_close_the_layout_reports_SG0312()
    {
        var run = await CheckBody("Text\n\n</main>\n");

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0312" && d.Message.Contains("<main>", StringComparison.Ordinal));
    }
}
