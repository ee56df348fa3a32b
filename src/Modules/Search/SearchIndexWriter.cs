using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace StatiqGuides.Modules.Search;

/// <summary>Writes one language's search index as a script that assigns a global, so the search page can include
/// it with <c>&lt;script src&gt;</c> and search from <c>file://</c>, where fetch and XHR of local files are blocked.</summary>
/// <remarks>
/// Compact by design (the 1,000-guide corpus must stay under 3 MB): an inverted index of folded terms, sorted so
/// the script finds a prefix's terms by binary search, each with a postings string. A posting is one base-36
/// number, <c>(document − previous document) × 16 + fields</c>, the fields a bit mask of where the term occurs
/// (8 title, 4 headings, 2 summary, 1 body). Documents keep only what a result shows: URL, title, meta line,
/// summary, headings and the start of the body, from which the script cuts a highlighted snippet.
/// </remarks>
public static class SearchIndexWriter
{
    public const string GlobalName = "StatiqGuidesSearchIndex";

    /// <summary>Characters of body text kept per document, from which the script cuts a snippet around the first match:
    /// enough for the opening paragraphs, and within the budget (about 0.9 MB of the English index of 1,000 guides).</summary>
    public const int ExcerptLength = 700;

    public const int TitleField = 8;
    public const int HeadingsField = 4;
    public const int SummaryField = 2;
    public const int BodyField = 1;

    // Not escaping non-ASCII letters keeps French and Spanish indexes small; the encoder still escapes
    // U+2028/U+2029, which old browsers do not accept inside a string literal.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(string language, IReadOnlyList<SearchEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var postings = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        var previous = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var doc = 0; doc < entries.Count; doc++)
        {
            foreach (var (term, fields) in entries[doc].Terms)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = new StringBuilder();
                }
                else
                {
                    list.Append(',');
                }
                var delta = doc - previous.GetValueOrDefault(term, 0);
                previous[term] = doc;
                AppendBase36(list, (delta * 16) + fields);
            }
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("lang", language);
            json.WriteStartArray("docs");
            foreach (var entry in entries)
            {
                json.WriteStartArray();
                json.WriteStringValue(entry.Url);
                json.WriteStringValue(entry.Title);
                json.WriteStringValue(entry.Meta);
                json.WriteStringValue(entry.Summary);
                json.WriteStringValue(Excerpt(entry.Body));
                json.WriteStartArray();
                foreach (var heading in entry.Headings) json.WriteStringValue(heading);
                json.WriteEndArray();
                json.WriteEndArray();
            }
            json.WriteEndArray();
            // Sorted once at the end: the script finds a prefix's terms by binary search.
            var terms = postings.Keys.ToArray();
            Array.Sort(terms, StringComparer.Ordinal);
            json.WriteStartArray("terms");
            foreach (var term in terms) json.WriteStringValue(term);
            json.WriteEndArray();
            json.WriteStartArray("postings");
            foreach (var term in terms) json.WriteStringValue(postings[term].ToString());
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return $"window.{GlobalName} = {Encoding.UTF8.GetString(stream.ToArray())};\n";
    }

    /// <summary>Each distinct term of a page with the fields it occurs in, in first-seen order.</summary>
    public static IReadOnlyList<KeyValuePair<string, int>> TermsOf(string title, IReadOnlyList<string> headings, string summary, string body)
    {
        ArgumentNullException.ThrowIfNull(headings);
        var fields = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(title, TitleField);
        foreach (var heading in headings) Add(heading, HeadingsField);
        Add(summary, SummaryField);
        Add(body, BodyField);
        return [.. fields];

        void Add(string text, int field)
        {
            foreach (var term in SearchText.Terms(text))
            {
                fields[term] = fields.GetValueOrDefault(term) | field;
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

    private static void AppendBase36(StringBuilder builder, int value)
    {
        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
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
