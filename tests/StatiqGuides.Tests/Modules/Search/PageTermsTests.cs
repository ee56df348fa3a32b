using StatiqGuides.Modules.Search;

namespace StatiqGuides.Tests.Modules.Search;

/// <summary>A page's packed terms read back as the pairs they were made from, in the same order.</summary>
public sealed class PageTermsTests
{
    [Fact]
    public void Reads_back_the_terms_and_fields_in_first_seen_order()
    {
        var pairs = SearchIndexWriter.TermsOf("Open data portals", ["Publishing data"], "Why portals matter", "Data portals publish open data.");
        var expected = new List<KeyValuePair<string, int>>();
        var fields = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, field) in new[] { ("open data portals", 8), ("publishing data", 4), ("why portals matter", 2), ("data portals publish open data", 1) })
        {
            foreach (var word in text.Split(' '))
            {
                if (fields.TryGetValue(word, out var had)) fields[word] = had | field;
                else
                {
                    fields[word] = field;
                    expected.Add(new(word, 0));
                }
            }
        }
        Assert.Equal(expected.Select(e => new KeyValuePair<string, int>(e.Key, fields[e.Key])), pairs);
        Assert.Equal(pairs.Count, pairs.ToList().Count);
        Assert.Equal(SearchIndexWriter.TitleField | SearchIndexWriter.SummaryField | SearchIndexWriter.BodyField, pairs.Single(p => p.Key == "portals").Value);
    }

    [Fact]
    public void Refuses_a_field_value_that_does_not_fit_its_byte()
    {
        Assert.Throws<OverflowException>(() => PageTerms.Of([new("word", 256)]));
    }
}
