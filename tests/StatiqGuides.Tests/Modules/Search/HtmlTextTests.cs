using System.Net;
using System.Text;
using StatiqGuides.Modules.Search;

namespace StatiqGuides.Tests.Modules.Search;

/// <summary>The search text of a page is what a character-by-character reading of its HTML gives, on seeded random HTML
/// of tags, code blocks, entities, every kind of white space and words.</summary>
public sealed class HtmlTextTests
{
    /// <summary>The text as first built, one character at a time into a StringBuilder: the oracle.</summary>
    private static string CharacterByCharacter(string html)
    {
        var builder = new StringBuilder();
        var space = false;
        void Append(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = builder.Length > 0;
                    continue;
                }
                if (space) builder.Append(' ');
                space = false;
                builder.Append(c);
            }
        }
        var i = 0;
        var inPre = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            var end = open < 0 ? html.Length : open;
            if (inPre == 0 && end > i)
            {
                var run = html.AsSpan(i, end - i);
                Append(run.Contains('&') ? WebUtility.HtmlDecode(run.ToString()) : run);
            }
            if (open < 0) break;
            var close = html.IndexOf('>', open);
            if (close < 0) break;
            var tag = html.AsSpan(open + 1, close - open - 1);
            if (IsTag(tag, "pre")) inPre++;
            else if (IsTag(tag, "/pre") && inPre > 0) inPre--;
            Append(" ");
            i = close + 1;
        }
        return builder.ToString();
    }

    private static bool IsTag(ReadOnlySpan<char> tag, string name) =>
        tag.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (tag.Length == name.Length || !char.IsLetterOrDigit(tag[name.Length]));

    [Fact]
    public void Random_html_gives_the_text_a_character_by_character_reading_gives()
    {
        string[] pieces =
        [
            "<p>", "</p>", "<pre>", "</pre>", "<PRE class=\"x\">", "<prefix>", "<li>", "<", ">", "&amp;", "&lt;", "&#x1F600;",
            "&#233;", "&nbsp;", "&bogus;", "&", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000", "\u0085",
            "word", "Été", "a", "données", "x1", "—",
        ];
        var random = new Random(20261207);
        for (var round = 0; round < 3000; round++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(0, 80)).Select(_ => pieces[random.Next(pieces.Length)]));

            Assert.True(CharacterByCharacter(html) == HtmlText.Of(html), $"round {round}: {html}");
        }
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("<p>  one\u00a0 two </p><p>three</p>", "one two three")]
    [InlineData("<p>a &amp; b</p><pre><code>rm -rf</code></pre><p>c</p>", "a & b c")]
    [InlineData("&#x1F600;&#x1F600;&#x1F600;", "\U0001F600\U0001F600\U0001F600")]
    public void Known_pages(string html, string text)
    {
        Assert.Equal(text, HtmlText.Of(html));
    }
}
