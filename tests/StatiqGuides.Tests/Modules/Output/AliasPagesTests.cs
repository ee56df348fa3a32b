using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Output;

/// <summary>Each alias works on any host: an HTML page at its path that refreshes to, names as canonical and links to
/// the page that replaced it.</summary>
public sealed class AliasPagesTests
{
    [Fact]
    public async Task An_alias_gets_a_redirect_page_with_meta_refresh_canonical_and_a_visible_relative_link()
    {
        using var site = TestSite.Create().WithGuide("moved", "title: Moved here\nsummary: S\naliases: [/guides/old-name/]");

        var result = await site.BuildAsync();

        Expect.Diagnostics(result.Diagnostics);
        var page = site.OutputPage("guides/old-name/index.html");
        Assert.Equal("0; url=../../en/guides/websites/moved/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("https://guides.test/en/guides/websites/moved/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var link = page.QuerySelector("body a")!;
        Assert.Equal(("../../en/guides/websites/moved/", "Moved here"), (link.GetAttribute("href"), link.TextContent));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }
}
