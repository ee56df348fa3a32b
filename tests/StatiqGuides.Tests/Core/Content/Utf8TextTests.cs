using StatiqGuides.Core.Caching;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Tests.Core.Content;

/// <summary>A text kept as UTF-8 reads back as the string it was made from, equals another exactly when the strings
/// are equal, and compares trimmed as <see cref="string.Trim()"/> would: on seeded random text made of the pieces that
/// matter (ASCII, accents, surrogate pairs, unpaired surrogates, and every kind of white space).</summary>
public sealed class Utf8TextTests
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "1", "<p>", "&amp;", "é", "ñ", "\u0301", "—", "“", "€", "𝐀", "😀", "\uD800", "\uDC00",
        " ", " ", "\t", "\n", "\r", "\v", "\f", "\u0085", "\u00A0", "\u1680", "\u2003", "\u2028", "\u2029", "\u202F", "\u3000",
        "\u200B", "\uFEFF",
    ];

    [Fact]
    public void Reads_back_the_text_it_was_made_from_and_equals_exactly_the_equal_texts()
    {
        var random = new Random(20261207);
        var unencodable = 0;
        for (var round = 0; round < 3000; round++)
        {
            var text = RandomText(random);
            var kept = Utf8Text.From(text);
            Assert.Equal(text, kept.ToString());
            using (var decoded = kept.Decode()) Assert.Equal(text, decoded.Span.ToString());
            Assert.Equal(text.Length == 0, kept.IsEmpty);
            var again = Utf8Text.From(text);
            Assert.Equal(kept, again);
            Assert.Equal(kept.GetHashCode(), again.GetHashCode());
            Assert.Equal(kept.CacheIdentity, again.CacheIdentity);
            var other = RandomText(random);
            Assert.Equal(text == other, kept.Equals(Utf8Text.From(other)));
            Assert.Equal(text == other, kept.CacheIdentity == Utf8Text.From(other).CacheIdentity);
            if (text.Contains('\uD800', StringComparison.Ordinal) || text.Contains('\uDC00', StringComparison.Ordinal)) unencodable++;
        }
        // The fixture must reach texts that UTF-8 cannot carry, which are kept as strings.
        Assert.True(unencodable > 100, $"only {unencodable} texts with surrogates");
    }

    [Fact]
    public void Compares_trimmed_as_string_trim_does()
    {
        var random = new Random(7);
        var same = 0;
        for (var round = 0; round < 5000; round++)
        {
            var core = RandomText(random).Trim();
            var left = Spaces(random) + core + Spaces(random);
            var right = random.Next(3) == 0 ? RandomText(random) : Spaces(random) + core + Spaces(random);
            var expected = left.AsSpan().Trim() is var trimmed && trimmed.Length > 0 && trimmed.SequenceEqual(right.AsSpan().Trim());
            Assert.True(expected == Utf8Text.From(left).SameTrimmed(Utf8Text.From(right)), $"round {round}: '{Escape(left)}' and '{Escape(right)}'");
            if (expected) same++;
        }
        Assert.True(same > 1000, $"only {same} equal pairs");
    }

    [Fact]
    public void The_empty_text_has_the_identity_of_no_bytes()
    {
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([])), Utf8Text.Empty.CacheIdentity);
        Assert.Same(Utf8Text.Empty, Utf8Text.From(""));
        Assert.NotEqual(Utf8Text.Empty.CacheIdentity, Utf8Text.From(" ").CacheIdentity);
    }

    [Fact]
    public void A_content_item_keeps_its_body_through_with_and_compares_by_it()
    {
        var item = new ContentItem(ContentKind.Guide, "a", "a", "en", "/in/a.md", "a.md", null, new FrontMatter(), "# Title\n\nBody é 😀\n", 3);
        var copy = item with { Slug = "a" };
        Assert.Equal(item, copy);
        Assert.Same(item.BodyText, copy.BodyText);
        var edited = item with { Body = "# Title\n\nBody e\n" };
        Assert.Equal("# Title\n\nBody e\n", edited.Body);
        Assert.NotEqual(item, edited);
        Assert.NotEqual(new ContentHasher().Hash(item), new ContentHasher().Hash(edited));
        Assert.Equal(new ContentHasher().Hash(item), new ContentHasher().Hash(item with { Body = "# Title\n\nBody é 😀\n" }));
    }

    private static string RandomText(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(0, 10)).Select(_ => Pieces[random.Next(Pieces.Length)]));

    private static string Spaces(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pieces[random.Next(15, 30)]));

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
