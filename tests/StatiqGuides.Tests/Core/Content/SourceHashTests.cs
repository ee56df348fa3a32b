using System.Security.Cryptography;
using System.Text;
using StatiqGuides.Core.Content;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Core.Content;

/// <summary>The source hash is SPEC §1's, and the one the product computed before it hashed the kept UTF-8 body and
/// the encoded title and summary in turn: the same digits on seeded random titles, summaries and bodies with CR, CRLF, accents, pairs and lone surrogates.</summary>
public sealed class SourceHashTests
{
    /// <summary>The hash as first written, from the joined text: the oracle.</summary>
    private static string Joined(string title, string summary, string body)
    {
        static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var text = Normalise(title) + "\n" + Normalise(summary) + "\n" + Normalise(body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..SourceHash.Length];
    }

    [Fact]
    public void Random_texts_hash_as_the_joined_text_does()
    {
        var random = new Random(20261208);
        string[] pieces = ["a", "é", "\r\n", "\r", "\n", "😀", "\uD83D", "\uDE00", " ", "ñ", "---", "\u2028"];
        string Text() => string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
        for (var round = 0; round < 3000; round++)
        {
            var (title, summary, body) = (Text(), Text(), Text());
            // An item keeps its body as UTF-8 and is hashed from those bytes, unless UTF-8 cannot carry it or it holds a CR.
            var item = new ContentItem(ContentKind.Guide, "a", "a", "en", "/in/a.md", "a.md", null,
                new FrontMatter { Title = title, Summary = summary }, body, 3);

            Assert.Equal(Joined(title, summary, body), SourceHash.Compute(title, summary, body));
            Assert.Equal(Joined(title, summary, body), SourceHash.Of(item));
        }
    }

    [Theory]
    [InlineData("", "", "")]
    [InlineData("A good guide", "Nothing is wrong here.", "\n## First part\n\nSome text.\n")]
    [InlineData("Déjà vu", "Résumé", "Line one\r\nline two\r\n")]
    public void The_hash_is_the_specs(string title, string summary, string body) =>
        Assert.Equal(SpecSourceHash.Of(title, summary, body), SourceHash.Compute(title, summary, body));

    [Fact]
    public void A_body_larger_than_the_pools_arrays_is_hashed_whole()
    {
        var body = string.Concat(Enumerable.Repeat("Une phrase assez longue, répétée. ", 100_000));

        Assert.Equal(Joined("t", "s", body), SourceHash.Compute("t", "s", body));
        Assert.NotEqual(SourceHash.Compute("t", "s", body), SourceHash.Compute("t", "s", body + "."));
    }
}
