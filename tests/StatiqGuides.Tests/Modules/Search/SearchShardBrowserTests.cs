using StatiqGuides.Modules.Search;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Search;

/// <summary>The sharded search in Chromium, from disk, finds for 200 English, French and Spanish queries (whole words,
/// prefixes of every length, accents and capitals, several words) exactly the pages, in exactly the order, that
/// today's ranking over the whole index finds; and a query loads at most eight shards.</summary>
[Collection(BrowserTests.Name)]
public sealed class SearchShardBrowserTests(BrowserFixture browser, WordySiteFixture fixture) : IClassFixture<WordySiteFixture>
{
    [Fact]
    public async Task Two_hundred_queries_find_what_the_whole_index_finds_in_the_same_order()
    {
        var random = new Random(2026);
        var checkedQueries = 0;
        foreach (var (language, count) in new[] { ("en", 70), ("fr", 65), ("es", 65) })
        {
            var index = SearchShards.Read(fixture.Site.OutputPath($"{language}/search"));
            await using var tab = await browser.OpenAsync();
            await tab.GotoFileAsync(fixture.Site.OutputPath($"{language}/search/index.html"));
            foreach (var query in Queries(index, random, count))
            {
                var found = await tab.Page.EvaluateAsync<int[]>("q => new Promise(done => window.StatiqGuidesSearch.query(q, done))", query);
                Assert.True(index.Rank(query).SequenceEqual(found), $"{language} '{query}': expected [{string.Join(',', index.Rank(query))}], found [{string.Join(',', found)}]");
                checkedQueries++;
            }
            tab.AssertStayedOffline();
        }
        Assert.Equal(200, checkedQueries);
    }

    [Theory]
    [InlineData("pa")]
    [InlineData("parlamento datos")]
    [InlineData("con sul ta ri")]
    public async Task A_query_with_its_shown_results_adds_at_most_eight_scripts(string query)
    {
        await using var tab = await browser.OpenAsync();
        await tab.GotoFileAsync(fixture.Site.OutputPath("en/search/index.html"), "?q=" + Uri.EscapeDataString(query));
        await tab.Page.Locator(".search-result").First.WaitForAsync();

        var shards = await tab.Page.EvaluateAsync<int>("() => document.querySelectorAll('script[src*=\"/search/index/\"]').length");

        Assert.InRange(shards, 1, 8);
        Assert.True(await tab.Page.Locator(".search-more").CountAsync() <= 1);
        tab.AssertStayedOffline();
    }

    /// <summary>Whole terms, their prefixes from two letters, capitals and accents on the way in, and pairs of words.</summary>
    private static IEnumerable<string> Queries(SearchShards index, Random random, int count)
    {
        var terms = index.Terms.Keys.ToList();
        var accents = new Dictionary<char, char> { ['e'] = 'é', ['a'] = 'á', ['n'] = 'ñ', ['c'] = 'ç', ['o'] = 'ö' };
        string Pick()
        {
            var term = terms[random.Next(terms.Count)];
            var word = random.Next(3) == 0 ? term : term[..random.Next(SearchText.MinTermLength, term.Length + 1)];
            return random.Next(4) switch
            {
                0 => word.ToUpperInvariant(),
                1 => new string([.. word.Select(c => accents.TryGetValue(c, out var a) && random.Next(2) == 0 ? a : c)]),
                _ => word,
            };
        }
        for (var i = 0; i < count; i++)
        {
            yield return random.Next(3) == 0 ? $"{Pick()} {Pick()}" : Pick();
        }
    }
}
