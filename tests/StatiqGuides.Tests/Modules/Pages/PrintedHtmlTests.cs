using StatiqGuides.Modules.Pages;

namespace StatiqGuides.Tests.Modules.Pages;

/// <summary>A guide's body nested into a print page: headings one level down, its ids and same-page links prefixed,
/// everything else as it was.</summary>
public sealed class PrintedHtmlTests
{
    [Fact]
    public void Headings_go_one_level_down_and_ids_and_same_page_links_take_the_prefix()
    {
        const string body = """
            <h2 id="background">Background</h2><header data-id="keep"><hr></header>
            <p><a href="#background">up</a> <a href="https://example.org/#background">away</a><sup id="fnref:1"><a href="#fn:1" id="">1</a></sup></p>
            <H3 class="c">Upper</H3><h1>One</h1><h6>Six</h6><a href="#">top</a>
            """;

        var nested = PrintedHtml.Nest(body, "g");

        Assert.Equal("""
            <h3 id="g--background">Background</h3><header data-id="keep"><hr></header>
            <p><a href="#g--background">up</a> <a href="https://example.org/#background">away</a><sup id="g--fnref:1"><a href="#g--fn:1" id="g--">1</a></sup></p>
            <h4 class="c">Upper</h4><h2>One</h2><h6>Six</h6><a href="#g--">top</a>
            """, nested);
    }
}
