using System.Text;
using System.Text.RegularExpressions;
using StatiqGuides.Modules.Pages;

namespace StatiqGuides.Tests.Modules.Pages;

/// <summary>A guide's body nested into a print page: headings one level down, its ids and same-page links prefixed,
/// everything else as it was.</summary>
public sealed partial class PrintedHtmlTests
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

    [Theory]
    [InlineData("<h5>x</h5>", "<h6>x</h6>")]
    [InlineData("<h2\n>x</H2 >", "<h3\n>x</h3 >")]
    [InlineData("<h2>", "<h3>")]
    [InlineData("<h2", "<h2")]
    [InlineData("<hr><h7><h2x", "<hr><h7><h2x")]
    [InlineData("a id=\"open", "a id=\"open")]
    [InlineData("\u00a0id=\"x\"", "\u00a0id=\"g--x\"")]
    [InlineData(" id=\"a\" href=\"#b\"", " id=\"g--a\" href=\"#g--b\"")]
    [InlineData(" href=\"#x=\" id=\"y\"", " href=\"#g--x=\" id=\"g--y\"")]
    [InlineData("id=\"x\" = ==\"", "id=\"x\" = ==\"")]
    public void Edges_are_rewritten_as_the_rules_say(string html, string expected) =>
        Assert.Equal(expected, PrintedHtml.Nest(html, "g"));

    /// <summary>The scanner against the regular expression it replaced, on seeded strings made of the pieces that matter:
    /// tags, quotes, white space of several kinds, attribute names with and without a space before them.</summary>
    [Fact]
    public void Fuzzed_html_nests_as_the_regular_expression_did()
    {
        string[] pieces = ["<", "</", "h", "H", "1", "5", "6", "0", " ", "\n", "\t", "\u00a0", "\u2028", ">", "\"", "=", "#", "id", "href",
            "id=\"", " id=\"", "href=\"#", " href=\"#", "data-id=\"", "x", "<h2", "</h3>", "<p>", "é"];
        var random = new Random(20261207);
        var rewritten = 0;
        for (var i = 0; i < 4000; i++)
        {
            var html = new StringBuilder();
            for (var n = random.Next(1, 40); n > 0; n--) html.Append(pieces[random.Next(pieces.Length)]);
            var text = html.ToString();

            var nested = PrintedHtml.Nest(text, "p");

            Assert.Equal(Oracle(text, "p"), nested);
            if (!string.Equals(nested, text, StringComparison.Ordinal)) rewritten++;
        }
        Assert.True(rewritten > 1000, $"only {rewritten} of the fuzzed strings had anything to rewrite");
    }

    /// <summary>Hundreds of ids with a long prefix make the body far longer than it was, past what the buffer first holds.</summary>
    [Fact]
    public void A_body_that_grows_much_longer_nests_whole()
    {
        var html = string.Concat(Enumerable.Range(0, 300).Select(i => $"<h2 id=\"s{i}\">S</h2><p><a href=\"#s{i}\">é</a></p>"));
        var prefix = new string('g', 40);

        var nested = PrintedHtml.Nest(html, prefix);

        Assert.Equal(Oracle(html, prefix), nested);
        Assert.True(nested.Length > html.Length + 20_000, $"{nested.Length} against {html.Length}");
    }

    private static string Oracle(string html, string prefix) =>
        Nestable().Replace(html, m => m.Groups["level"].Success
            ? $"<{m.Groups["close"].Value}h{int.Parse(m.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}"
            : m.Groups["id"].Success
                ? $"{m.Groups["before"].Value}id=\"{prefix}--{m.Groups["id"].Value}\""
                : $"{m.Groups["before"].Value}href=\"#{prefix}--{m.Groups["target"].Value}\"");

    [GeneratedRegex("<(?<close>/?)[hH](?<level>[1-5])(?=[\\s>])|(?<before>\\s)(?:id=\"(?<id>[^\"]*)\"|href=\"#(?<target>[^\"]*)\")",
        RegexOptions.CultureInvariant)]
    private static partial Regex Nestable();
}
