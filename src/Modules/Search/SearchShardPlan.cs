namespace StatiqGuides.Modules.Search;

/// <summary>How one language's terms are cut into shards: a tree of prefixes, two letters deep at least (no shorter
/// query word is searched), each either a leaf small enough to load for one query word or split by its next letter.</summary>
/// <remarks>A split prefix keeps, per document, the best match among all its terms (an aggregate): a query word equal
/// to the prefix needs nothing more, and a longer one goes down to the child for its next letter.</remarks>
public sealed class SearchShardPlan
{
    /// <summary>The encoded size a leaf may reach before its prefix is split: the bytes a later query may cost.</summary>
    public const int LeafBudget = 8 * 1024;

    private SearchShardPlan(IReadOnlyList<LeafShard> leaves, IReadOnlyList<SplitNode> splits)
    {
        Leaves = leaves;
        Splits = splits;
    }

    /// <summary>The leaves, in the ordinal order of their prefixes.</summary>
    public IReadOnlyList<LeafShard> Leaves { get; }

    /// <summary>The split prefixes, in ordinal order.</summary>
    public IReadOnlyList<SplitNode> Splits { get; }

    public static SearchShardPlan Build(IReadOnlyList<SearchEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var doc = 0; doc < entries.Count; doc++)
        {
            foreach (var (term, fields) in entries[doc].Terms)
            {
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add(new Posting(doc, fields));
            }
        }
        var terms = postings.Keys.ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        var encoded = terms.Select(t => new TermPostings(t, postings[t], PostingCodec.Encode(postings[t], entries.Count))).ToArray();

        var leaves = new List<LeafShard>();
        var splits = new List<SplitNode>();
        var builder = new Builder(encoded, entries.Count, leaves, splits);
        foreach (var (start, end) in Groups(encoded, 0, encoded.Length, SearchText.MinTermLength))
        {
            builder.Plan(encoded[start].Term[..SearchText.MinTermLength], start, end);
        }
        leaves.Sort((a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));
        splits.Sort((a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));
        return new SearchShardPlan(leaves, splits);
    }

    /// <summary>The runs of terms in [start, end) that share their first <paramref name="length"/> characters; terms
    /// no longer than that are skipped (an aggregate covers them).</summary>
    private static IEnumerable<(int Start, int End)> Groups(TermPostings[] terms, int start, int end, int length)
    {
        var i = start;
        while (i < end)
        {
            if (terms[i].Term.Length < length)
            {
                i++;
                continue;
            }
            var j = i + 1;
            while (j < end && terms[j].Term.Length >= length && string.CompareOrdinal(terms[j].Term, 0, terms[i].Term, 0, length) == 0) j++;
            yield return (i, j);
            i = j;
        }
    }

    /// <summary>One document's occurrence of a term: the fields it occurs in.</summary>
    public readonly record struct Posting(int Document, int Fields);

    /// <summary>A term, its postings in document order, and their encoding in a shard.</summary>
    public sealed record TermPostings(string Term, IReadOnlyList<Posting> Postings, string Encoded);

    /// <summary>A shard: every term that starts with <paramref name="Prefix"/>.</summary>
    public sealed record LeafShard(string Prefix, IReadOnlyList<TermPostings> Terms);

    /// <summary>A prefix too large for one shard: per document, the best match among its terms, as
    /// <c>fields | 16</c> when that term is the prefix itself (0 where none occurs); and that term, if it is one.</summary>
    public sealed record SplitNode(string Prefix, byte[] Best, TermPostings? Exact);

    private sealed class Builder(TermPostings[] terms, int documents, List<LeafShard> leaves, List<SplitNode> splits)
    {
        public void Plan(string prefix, int start, int end)
        {
            var size = 0;
            for (var i = start; i < end; i++) size += terms[i].Encoded.Length + terms[i].Term.Length + 6;
            if (size <= LeafBudget || prefix.Length >= SearchText.MaxTermLength || end - start == 1)
            {
                leaves.Add(new LeafShard(prefix, terms[start..end]));
                return;
            }
            var exact = terms[start].Term.Length == prefix.Length ? terms[start] : null;
            splits.Add(new SplitNode(prefix, Best(prefix, start, end), exact));
            foreach (var (childStart, childEnd) in Groups(terms, start, end, prefix.Length + 1))
            {
                Plan(terms[childStart].Term[..(prefix.Length + 1)], childStart, childEnd);
            }
        }

        private byte[] Best(string prefix, int start, int end)
        {
            var best = new byte[documents];
            for (var i = start; i < end; i++)
            {
                var exact = terms[i].Term.Length == prefix.Length ? 16 : 0;
                foreach (var posting in terms[i].Postings)
                {
                    var value = (byte)(posting.Fields | exact);
                    if (PostingCodec.Weight(value) > PostingCodec.Weight(best[posting.Document])) best[posting.Document] = value;
                }
            }
            return best;
        }
    }
}
