using System.Text;

namespace StatiqGuides.Modules.Search;

/// <summary>The text form of postings in search shards, decoded by search.js.</summary>
/// <remarks>
/// Sparse: comma-separated base-36 numbers, <c>(document − previous document) × 16 + fields</c> for a term, or
/// <c>× 32 + value</c> for an aggregate (a value is the fields, plus 16 for an exact match). Dense, when a term occurs
/// in most documents: <c>~</c> then one character per document, the fields in base 16 (or the value in base 32), 0
/// where it does not occur. Whichever is shorter is written, so a common word costs about one byte per document.
/// </remarks>
public static class PostingCodec
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>Twice the ranking weight of a match (title 100, headings 20, summary 5, body 1, exact word ½), as
    /// search.js adds them up.</summary>
    public static int Weight(int value) =>
        ((value & SearchIndexWriter.TitleField) != 0 ? 200 : 0) + ((value & SearchIndexWriter.HeadingsField) != 0 ? 40 : 0) +
        ((value & SearchIndexWriter.SummaryField) != 0 ? 10 : 0) + ((value & SearchIndexWriter.BodyField) != 0 ? 2 : 0) +
        ((value & 16) != 0 ? 1 : 0);

    public static string Encode(IReadOnlyList<SearchShardPlan.Posting> postings, int documents)
    {
        ArgumentNullException.ThrowIfNull(postings);
        var sparse = new StringBuilder();
        var previous = 0;
        foreach (var posting in postings)
        {
            if (sparse.Length > 0) sparse.Append(',');
            AppendBase36(sparse, ((posting.Document - previous) * 16) + posting.Fields);
            previous = posting.Document;
        }
        if (sparse.Length <= documents + 1) return sparse.ToString();
        var dense = new char[documents + 1];
        Array.Fill(dense, '0');
        dense[0] = '~';
        foreach (var posting in postings) dense[posting.Document + 1] = Digits[posting.Fields];
        return new string(dense);
    }

    public static string EncodeBest(byte[] best, int documents)
    {
        ArgumentNullException.ThrowIfNull(best);
        var sparse = new StringBuilder();
        var previous = 0;
        for (var doc = 0; doc < best.Length; doc++)
        {
            if (best[doc] == 0) continue;
            if (sparse.Length > 0) sparse.Append(',');
            AppendBase36(sparse, ((doc - previous) * 32) + best[doc]);
            previous = doc;
        }
        if (sparse.Length <= documents + 1) return sparse.ToString();
        var dense = new StringBuilder("~", documents + 1);
        foreach (var value in best) dense.Append(Digits[value]);
        return dense.ToString();
    }

    private static void AppendBase36(StringBuilder builder, int value)
    {
        if (value == 0)
        {
            builder.Append('0');
            return;
        }
        Span<char> buffer = stackalloc char[8];
        var at = buffer.Length;
        while (value > 0)
        {
            buffer[--at] = Digits[value % 36];
            value /= 36;
        }
        builder.Append(buffer[at..]);
    }
}
