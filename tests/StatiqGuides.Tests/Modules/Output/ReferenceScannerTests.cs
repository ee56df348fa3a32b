using System.Text;
using System.Text.RegularExpressions;
using StatiqGuides.Modules.Output;

namespace StatiqGuides.Tests.Modules.Output;

/// <summary>The byte scanner that finds a page's references finds what the regular expression it replaced found in
/// the page's text, on seeded random markup made of the pieces that matter (tags, attributes, quotes, Unicode spaces
/// and word characters).</summary>
public sealed partial class ReferenceScannerTests
{
    [GeneratedRegex(@"<(?<tag>[a-z]+)\b[^>]*?\s(?:href|src)\s*=\s*""(?<url>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Oracle();

    private static readonly string[] Pieces =
    [
        "<", "<", ">", "\"", "\"", "=", " ", " ", "\t", "\n", "\u00A0", "\u2028", "\u3000", "\u0085", "\u001F",
        "a", "img", "script", "link", "h1", "A", "x", "_", "1", "-", "/", "href", "href", "src", "src", "hre",
        "assets/", "é", "\u0301", "\u0903", "\u200C", "\u200D", "\u2160", "𝐀", "😀", "&amp;", "%20",
    ];

    [Fact]
    public void Finds_what_the_regular_expression_finds_on_seeded_random_markup()
    {
        var random = new Random(20261206);
        var compared = 0;
        for (var round = 0; round < 3000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => random.Next(3) == 0 ? Piece(random) : Tag(random)));
            var expected = Oracle().Matches(text).Select(m => (m.Groups["tag"].Value, m.Groups["url"].Value)).ToList();
            var bytes = Encoding.UTF8.GetBytes(text);
            var found = ReferenceScanner.Scan(bytes).Select(f => (Encoding.UTF8.GetString(bytes[f.Tag]), Encoding.UTF8.GetString(bytes[f.Value]))).ToList();
            Assert.True(expected.SequenceEqual(found), $"round {round}: {Escape(text)}\nexpected {string.Join(", ", expected)}\nfound    {string.Join(", ", found)}");
            compared += expected.Count;
        }
        // The fixture must exercise matches, not only their absence.
        Assert.True(compared > 500, $"only {compared} references in all rounds");
    }

    [Fact]
    public void Finds_each_tags_first_attribute_and_resumes_after_its_value()
    {
        var html = "<link rel=\"stylesheet\" href=\"a.css\"><img alt=\"x\" src=\"assets/p.png\" href=\"no\"><h1 href=\"h\"><a\u00A0href=\"b/\">"u8.ToArray();

        var found = ReferenceScanner.Scan(html).Select(f => (Encoding.UTF8.GetString(html[f.Tag]), Encoding.UTF8.GetString(html[f.Value])));

        Assert.Equal([("link", "a.css"), ("img", "assets/p.png"), ("a", "b/")], found);
    }

    private static string Piece(Random random) => Pieces[random.Next(Pieces.Length)];

    private static string Some(Random random, params string[] choices) => choices[random.Next(choices.Length)];

    /// <summary>A tag much like a real one, each of its parts now and then replaced by a random piece or left out.</summary>
    private static string Tag(Random random)
    {
        string Maybe(string part) => random.Next(8) switch { 0 => Piece(random), 1 => "", _ => part };
        var text = new StringBuilder(Maybe("<")).Append(Maybe(Some(random, "a", "img", "script", "link", "h1", "p", "sc")));
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            text.Append(Maybe(Some(random, " ", "\n", "\u00A0", "  "))).Append(Maybe(Some(random, "href", "src", "alt", "rel")))
                .Append(Maybe(Some(random, "", " ", "\u2028"))).Append(Maybe("=")).Append(Maybe(Some(random, "", "\t")))
                .Append(Maybe("\"")).Append(Maybe(Some(random, "a.css", "assets/p.png", "../x/", "é>", "", "#t")))
                .Append(Maybe("\""));
        }
        return text.Append(Maybe(">")).ToString();
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
