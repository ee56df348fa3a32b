using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>Content that makes the browser load from another host, or links by site-absolute paths, is reported where
/// it is written, as warnings; online pages keep it as written.</summary>
public sealed class ForeignEmbedTests
{
    [Fact]
    public async Task Each_resource_from_another_host_reports_SG0403_and_each_site_absolute_link_SG0404_as_a_warning_at_its_place()
    {
        using var site = EmbeddingSite.Create();

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, EmbeddingSite.Diagnostics);
    }

    [Fact]
    public async Task Online_pages_keep_embeds_styles_and_site_absolute_links_as_written()
    {
        using var site = EmbeddingSite.Create();

        var run = await site.CheckAsync();

        var prose = run.Page(EmbeddingSite.Page).QuerySelector(".prose")!;
        Assert.Equal(["https://example.org/map.png", "http://example.org/a.png", null, "https://ci.example.org/badge.svg"],
            prose.QuerySelectorAll("img").Select(i => i.GetAttribute("src")));
        Assert.Equal("//cdn.example.org/b.png 2x", prose.QuerySelector("img[srcset]")?.GetAttribute("srcset"));
        Assert.Equal("https://video.example.org/embed/1", prose.QuerySelector("iframe")?.GetAttribute("src"));
        Assert.Equal("https://example.org/p.jpg", prose.QuerySelector("video")?.GetAttribute("poster"));
        Assert.Equal("https://example.org/o.pdf", prose.QuerySelector("object")?.GetAttribute("data"));
        Assert.Equal("color: red; background: url(https://example.org/bg.png)", prose.QuerySelector("div[style]")?.GetAttribute("style"));
        Assert.Equal(["/en/guides/websites/good/", "/assets/logo.png", "/en/nowhere/", "http://example.org/", "http://example.org/raw", "https://example.org/", "https://ci.example.org/"],
            prose.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_plain_http_link_the_reader_clicks_is_no_diagnostic()
    {
        using var site = TestSite.Create().WithGuide("body", "title: Body\nsummary: S",
            "[A source](http://example.org/) and <a href=\"http://example.org/raw\">another</a>, <https://example.org/auto>.\n");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        Assert.Equal(["http://example.org/", "http://example.org/raw", "https://example.org/auto"],
            run.Page(EmbeddingSite.Page).QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")));
    }
}
