using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Search;

/// <summary>Writes one language's search index as scripts: a small manifest the search page includes, and shards
/// that search.js adds to the page with <c>&lt;script&gt;</c> only for the words of a query, so that search works from
/// <c>file://</c> (where fetch and XHR of local files are blocked) and under <c>script-src 'self'</c>, and a query
/// loads a few kilobytes however large the site.</summary>
/// <remarks>
/// The folded terms form a tree of prefixes (<see cref="SearchShardPlan"/>): a prefix whose terms fit in one shard is
/// a leaf, written with those terms and their postings; a larger one is split by its next letter and written as an
/// aggregate, each document's best match among all its terms, which is all a query word equal to the prefix needs. The
/// results' texts (URL, title, meta line, summary, headings, the start of the body) are shards of
/// <see cref="DocumentsPerShard"/> documents in index order, loaded only when one of their results is shown. Ranking
/// needs nothing but the postings, so result sets and their order are those of a single whole index.
/// </remarks>
public static class SearchIndexWriter
{
    public const string GlobalName = "StatiqGuidesSearchIndex";

    /// <summary>The function every shard calls with its data.</summary>
    public const string AddFunction = "StatiqGuidesSearch.add";

    /// <summary>The folder of the shards, beside the manifest.</summary>
    public const string ShardFolder = "index";

    /// <summary>Characters of body text kept per document, from which the script cuts a snippet around the first match.</summary>
    /// <remarks>Short enough that a shard of two documents (1.4 KB at the median on the benchmark's corpus) weighs a third
    /// more than one document with 700 characters did (1.1 KB): a page of results loads about as many bytes, in at most as
    /// many files, and often fewer.</remarks>
    public const int ExcerptLength = 320;

    /// <summary>Documents per shard of results' texts: documents 0 and 1 are in shard <c>d0</c>, 2 and 3 in <c>d1</c>.</summary>
    /// <remarks>One file per document made the per-result texts most of a site's files (3,750 of 8,388 at 1,000
    /// guides); every file costs the build a file-system entry, a bundle a zip entry and a host an upload. Equal scores
    /// rank in index order, so neighbours are often shown together.</remarks>
    public const int DocumentsPerShard = 2;

    public const int TitleField = 8;
    public const int HeadingsField = 4;
    public const int SummaryField = 2;
    public const int BodyField = 1;

    // Not escaping non-ASCII letters keeps French and Spanish shards small; the encoder still escapes
    // U+2028/U+2029, which old browsers do not accept inside a string literal.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The manifest and shards of one language, as paths relative to the language's search folder, made one by
    /// one as they are enumerated: a write build stages each before the next is made, instead of holding a language's
    /// whole index.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Write(string language, IReadOnlyList<SearchEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Files(language, entries);
    }

    private static IEnumerable<KeyValuePair<string, string>> Files(string language, IReadOnlyList<SearchEntry> entries)
    {
        var plan = SearchShardPlan.Build(entries);
        yield return new("search-index.js", Manifest(language, entries.Count, plan));
        foreach (var leaf in plan.Leaves)
        {
            yield return new(ShardPath(SearchShardNames.Leaf(leaf.Prefix)), Leaf(leaf));
        }
        foreach (var split in plan.Splits)
        {
            yield return new(ShardPath(SearchShardNames.Aggregate(split.Prefix)), Aggregate(split, entries.Count));
        }
        for (var group = 0; group * DocumentsPerShard < entries.Count; group++)
        {
            var first = group * DocumentsPerShard;
            var count = Math.Min(DocumentsPerShard, entries.Count - first);
            yield return new(ShardPath(SearchShardNames.Documents(group)),
                Documents(group, Enumerable.Range(first, count).Select(doc => entries[doc])));
        }
    }

    /// <summary>Each distinct term of a page with the fields it occurs in, in first-seen order.</summary>
    /// <param name="pool">Gives each term its string, shared with the other pages' entries; null for a string per entry.</param>
    public static IReadOnlyList<KeyValuePair<string, int>> TermsOf(string title, IReadOnlyList<string> headings, string summary, string body,
        StringPool? pool = null)
    {
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(body);
        // Sized for the body's distinct words (about one in twelve characters starts one), so it seldom grows.
        var fields = new Dictionary<string, int>(Math.Min(8192, (body.Length / 12) + 32), StringComparer.Ordinal);
        // Looked up by span, so a word repeated on the page is one string, not one per occurrence.
        var byText = fields.GetAlternateLookup<ReadOnlySpan<char>>();
        Add(title, TitleField);
        foreach (var heading in headings) Add(heading, HeadingsField);
        Add(summary, SummaryField);
        Add(body, BodyField);
        return PageTerms.Of(fields);

        void Add(string text, int field)
        {
            var folded = SearchText.Fold(text);
            var position = 0;
            while (SearchText.NextTerm(folded, ref position) is var (start, length) && length > 0)
            {
                var term = folded.AsSpan(start, length);
                // A word seen before in the same field, as most of a body's words are, needs no second lookup.
                if (byText.TryGetValue(term, out var seen))
                {
                    if ((seen & field) != field) byText[term] = seen | field;
                }
                else
                {
                    fields.Add(pool?.Of(term) ?? term.ToString(), field);
                }
            }
        }
    }

    /// <summary>The start of the body, cut at a word boundary.</summary>
    public static string Excerpt(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length <= ExcerptLength) return body;
        var cut = body.LastIndexOf(' ', ExcerptLength);
        return body[..(cut > ExcerptLength / 2 ? cut : ExcerptLength)] + " …";
    }

    private static string ShardPath(string name) => $"{ShardFolder}/{name}.js";

    private static string Manifest(string language, int documents, SearchShardPlan plan) =>
        $"window.{GlobalName} = {Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("lang", language);
            json.WriteNumber("docs", documents);
            json.WriteNumber("perShard", DocumentsPerShard);
            Strings(json, "leaves", plan.Leaves.Select(l => l.Prefix));
            Strings(json, "splits", plan.Splits.Select(s => s.Prefix));
            json.WriteEndObject();
        })};\n";

    private static string Leaf(SearchShardPlan.LeafShard leaf) => Call("t", leaf.Prefix, json =>
    {
        json.WriteStartObject();
        Strings(json, "terms", leaf.Terms.Select(t => t.Term));
        Strings(json, "postings", leaf.Terms.Select(t => t.Encoded));
        json.WriteEndObject();
    });

    private static string Aggregate(SearchShardPlan.SplitNode split, int documents) => Call("a", split.Prefix, json =>
    {
        json.WriteStartObject();
        json.WriteString("best", PostingCodec.EncodeBest(split.Best, documents));
        // The prefix as a word of its own is in no leaf: kept here, so the shards hold the whole index.
        json.WriteString("exact", split.Exact?.Encoded ?? "");
        json.WriteEndObject();
    });

    private static string Documents(int group, IEnumerable<SearchEntry> entries) => Call("d", group.ToString(System.Globalization.CultureInfo.InvariantCulture), json =>
    {
        json.WriteStartArray();
        foreach (var entry in entries)
        {
            json.WriteStartArray();
            json.WriteStringValue(entry.Url);
            json.WriteStringValue(entry.Title);
            json.WriteStringValue(entry.Meta);
            json.WriteStringValue(entry.Summary);
            json.WriteStringValue(entry.Excerpt);
            json.WriteStartArray();
            foreach (var heading in entry.Headings) json.WriteStringValue(heading);
            json.WriteEndArray();
            json.WriteEndArray();
        }
        json.WriteEndArray();
    });

    private static string Call(string kind, string key, Action<Utf8JsonWriter> data) =>
        $"{AddFunction}(\"{kind}\", {Json(json => json.WriteStringValue(key))}, {Json(data)});\n";

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(json);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
