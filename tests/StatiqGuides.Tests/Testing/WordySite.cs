using System.Text;

namespace StatiqGuides.Tests.Testing;

/// <summary>A site in English, French and Spanish large enough for its search index to split prefixes into several
/// shards: guides of words made from a few syllables, so that many words share their first letters, with a few
/// words in almost every guide; French and Spanish translations with accented syllables. Seeded: the same seed
/// gives the same site.</summary>
public static class WordySite
{
    private static readonly string[] Syllables = ["pa", "par", "la", "men", "to", "ri", "co", "con", "sul", "ta", "da", "tos", "ley", "de", "ar", "chi", "vo", "re", "gis", "tro"];
    private static readonly string[] Accented = ["pé", "rè", "ñá", "çö", "lí", "mú", "dé", "cón"];

    public static TestSite Create(int guides, int seed)
    {
        var random = new Random(seed);
        var site = TestSite.Create().WithLanguages("en", "fr", "es");
        for (var i = 0; i < guides; i++)
        {
            var slug = $"guide-{i:000}";
            site.WithGuide(slug, $"title: {Title(random, false)}\nsummary: {Sentence(random, 8, false)}\norder: {i}", Body(random, false));
            if (i % 2 == 0)
            {
                foreach (var language in new[] { "fr", "es" })
                {
                    site.WithFile($"guides/websites/{slug}.{language}.md",
                        $"---\ntitle: {Title(random, true)}\nsummary: {Sentence(random, 8, true)}\n---\n\n{Body(random, true)}");
                }
            }
        }
        return site;
    }

    private static string Title(Random random, bool accents) => string.Join(' ', Enumerable.Range(0, 3).Select(_ => Word(random, accents)));

    private static string Sentence(Random random, int words, bool accents) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(random, accents))) + ".";

    private static string Body(Random random, bool accents)
    {
        var body = new StringBuilder();
        body.Append("## ").Append(Title(random, accents)).Append("\n\n");
        for (var p = 0; p < 4; p++)
        {
            // Words every guide shares, so that some postings are dense.
            body.Append("Parlamento datos ").Append(Sentence(random, 40, accents)).Append("\n\n");
        }
        return body.ToString();
    }

    private static string Word(Random random, bool accents)
    {
        var word = new StringBuilder();
        var count = random.Next(2, 5);
        for (var s = 0; s < count; s++)
        {
            word.Append(accents && random.Next(4) == 0 ? Accented[random.Next(Accented.Length)] : Syllables[random.Next(Syllables.Length)]);
        }
        return word.ToString();
    }
}
