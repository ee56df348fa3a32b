using StatiqGuides.Modules.Search;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Search;

/// <summary>The sharded index holds the whole index: every term once, aggregates equal to the best of their terms,
/// shards within their budget, names the script can build.</summary>
public sealed class SearchShardTests(WordySiteFixture fixture) : IClassFixture<WordySiteFixture>
{
    private TestSite Site => fixture.Site;

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public void Split_prefixes_keep_for_each_document_the_best_of_their_terms(string language)
    {
        var index = SearchShards.Read(Site.OutputPath($"{language}/search"));

        Assert.NotEmpty(index.Splits);
        foreach (var split in index.Splits)
        {
            var expected = new Dictionary<int, int>();
            foreach (var (term, postings) in index.Terms.Where(t => t.Key.StartsWith(split, StringComparison.Ordinal)))
            {
                foreach (var (doc, fields) in postings)
                {
                    var weight = PostingCodec.Weight(fields | (term == split ? 16 : 0));
                    expected[doc] = Math.Max(expected.GetValueOrDefault(doc), weight);
                }
            }
            Assert.Equal(expected.OrderBy(e => e.Key), index.Aggregate(split).ToDictionary(a => a.Doc, a => PostingCodec.Weight(a.Value)).OrderBy(e => e.Key));
        }
    }

    [Fact]
    public void Leaves_cover_every_term_once_under_their_prefix_and_stay_within_the_budget()
    {
        var index = SearchShards.Read(Site.OutputPath("en/search"));

        var leafOf = index.Terms.Keys.ToDictionary(t => t, t => index.Leaves.Where(l => t.StartsWith(l, StringComparison.Ordinal)).ToList());
        foreach (var (term, leaves) in leafOf)
        {
            // A term equal to a split prefix lives in that prefix's aggregate; every other term in exactly one leaf.
            Assert.Equal(index.Splits.Contains(term) ? 0 : 1, leaves.Count);
        }
        foreach (var leaf in index.Leaves)
        {
            var file = new FileInfo(Path.Combine(index.Folder, SearchIndexWriter.ShardFolder, SearchShardNames.Leaf(leaf) + ".js"));
            var terms = index.Terms.Keys.Count(t => t.StartsWith(leaf, StringComparison.Ordinal));
            Assert.True(file.Length <= SearchShardPlan.LeafBudget + 200 || terms == 1, $"{file.Name}: {file.Length} bytes, {terms} terms");
        }
    }

    [Fact]
    public void Shard_names_are_ascii_and_distinct()
    {
        Assert.Equal("pa", SearchShardNames.Encode("pa"));
        Assert.Equal("x0070006f0153", SearchShardNames.Encode("poœ"));
        Assert.Equal("x03b103b2", SearchShardNames.Encode("αβ"));
        Assert.NotEqual(SearchShardNames.Encode("x0"), SearchShardNames.Encode("\u0030"));
    }
}
