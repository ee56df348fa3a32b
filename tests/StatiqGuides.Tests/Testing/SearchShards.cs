using System.Text.Json;
using StatiqGuides.Modules.Search;

namespace StatiqGuides.Tests.Testing;

/// <summary>A language's search index as the build wrote it (manifest and shards), decoded here from the format
/// search.js reads, with today's ranking computed over the whole index: the oracle the sharded script must equal.</summary>
public sealed class SearchShards
{
    private SearchShards(string folder, JsonElement manifest)
    {
        Folder = folder;
        Documents = manifest.GetProperty("docs").GetInt32();
        Leaves = [.. manifest.GetProperty("leaves").EnumerateArray().Select(l => l.GetString()!)];
        Splits = [.. manifest.GetProperty("splits").EnumerateArray().Select(l => l.GetString()!)];
        var terms = new SortedDictionary<string, IReadOnlyList<(int Doc, int Fields)>>(StringComparer.Ordinal);
        foreach (var leaf in Leaves)
        {
            var data = Shard("t", leaf, SearchShardNames.Leaf(leaf));
            var postings = data.GetProperty("postings").EnumerateArray().Select(p => p.GetString()!).ToList();
            var at = 0;
            foreach (var term in data.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!))
            {
                Assert.True(term.StartsWith(leaf, StringComparison.Ordinal), $"term '{term}' in the shard of '{leaf}'");
                terms.Add(term, Decode(postings[at++], 16));
            }
        }
        foreach (var split in Splits)
        {
            var exact = Shard("a", split, SearchShardNames.Aggregate(split)).GetProperty("exact").GetString()!;
            if (exact.Length > 0) terms.Add(split, Decode(exact, 16));
        }
        Terms = terms;
    }

    public string Folder { get; }

    public int Documents { get; }

    public IReadOnlyList<string> Leaves { get; }

    public IReadOnlyList<string> Splits { get; }

    /// <summary>Every term of the language with its postings, gathered from the leaves.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(int Doc, int Fields)>> Terms { get; }

    /// <summary>The index of the language whose search folder is <paramref name="folder"/> (…/en/search).</summary>
    public static SearchShards Read(string folder)
    {
        var script = File.ReadAllText(Path.Combine(folder, "search-index.js"));
        const string Prefix = "window." + SearchIndexWriter.GlobalName + " = ";
        Assert.StartsWith(Prefix, script, StringComparison.Ordinal);
        return new SearchShards(folder, JsonDocument.Parse(script[Prefix.Length..].TrimEnd('\n', ';')).RootElement.Clone());
    }

    /// <summary>A result's text: URL, title, meta line, summary, start of the body, headings.</summary>
    public JsonElement Document(int index)
    {
        var group = index / SearchIndexWriter.DocumentsPerShard;
        var shard = Shard("d", group.ToString(System.Globalization.CultureInfo.InvariantCulture), SearchShardNames.Documents(group));
        return shard[index % SearchIndexWriter.DocumentsPerShard];
    }

    /// <summary>A split prefix's aggregate: per document, the fields of its best term, plus 16 for an exact match.</summary>
    public IReadOnlyList<(int Doc, int Value)> Aggregate(string prefix) =>
        Decode(Shard("a", prefix, SearchShardNames.Aggregate(prefix)).GetProperty("best").GetString()!, 32);

    /// <summary>Today's ranking over the whole index (search.js before shards): every query word matches the terms it
    /// starts; a document's score for a word is its best weight (title 100, headings 20, summary 5, body 1, exact ½);
    /// documents matching every word, by total score, then in index order.</summary>
    public IReadOnlyList<int> Rank(string query)
    {
        var words = SearchText.Terms(query).ToList();
        if (words.Count == 0) return [];
        var total = new Dictionary<int, int>();
        var matched = new Dictionary<int, int>();
        foreach (var word in words)
        {
            var best = new Dictionary<int, int>();
            foreach (var (term, postings) in Terms.Where(t => t.Key.StartsWith(word, StringComparison.Ordinal)))
            {
                foreach (var (doc, fields) in postings)
                {
                    var score = PostingCodec.Weight(fields | (term == word ? 16 : 0));
                    if (!best.TryGetValue(doc, out var old) || old < score) best[doc] = score;
                }
            }
            foreach (var (doc, score) in best)
            {
                total[doc] = total.GetValueOrDefault(doc) + score;
                matched[doc] = matched.GetValueOrDefault(doc) + 1;
            }
        }
        return [.. matched.Where(m => m.Value == words.Count).Select(m => m.Key).OrderByDescending(d => total[d]).ThenBy(d => d)];
    }

    private JsonElement Shard(string kind, string key, string name)
    {
        var script = File.ReadAllText(Path.Combine(Folder, SearchIndexWriter.ShardFolder, name + ".js"));
        var prefix = $"{SearchIndexWriter.AddFunction}(\"{kind}\", {JsonSerializer.Serialize(key)}, ";
        Assert.StartsWith(prefix, script, StringComparison.Ordinal);
        Assert.EndsWith(");\n", script, StringComparison.Ordinal);
        return JsonDocument.Parse(script[prefix.Length..^3]).RootElement.Clone();
    }

    private static List<(int, int)> Decode(string text, int radix)
    {
        var list = new List<(int, int)>();
        if (text.StartsWith('~'))
        {
            for (var d = 1; d < text.Length; d++)
            {
                var value = Convert.ToInt32(FromBase36(text[d].ToString()));
                if (value > 0) list.Add((d - 1, value));
            }
            return list;
        }
        var doc = 0;
        foreach (var item in text.Split(','))
        {
            var value = (int)FromBase36(item);
            doc += value / radix;
            list.Add((doc, value % radix));
        }
        return list;
    }

    private static long FromBase36(string text) =>
        text.Aggregate(0L, (n, c) => (n * 36) + (char.IsDigit(c) ? c - '0' : c - 'a' + 10));
}
