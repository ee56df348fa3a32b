using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Search;

/// <summary>What the search entries of one build share while their terms are found: one string per distinct term, and
/// the terms of each distinct text, so that a text indexed in several languages is folded once. An untranslated page is
/// shown, and indexed, with its source's text under every language: a third of the pages of the benchmark's corpus.</summary>
/// <remarks>A text is known by the SHA-256 of its fields, not kept: every page's body held until the index is written
/// would be tens of megabytes at 5,000 guides. Thread-safe.</remarks>
public sealed class SearchTermsCache
{
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<KeyValuePair<string, int>>>> _byText = new(StringComparer.Ordinal);

    public StringPool Strings { get; } = new();

    /// <summary><see cref="SearchIndexWriter.TermsOf"/> of these fields, computed once per distinct text.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> TermsOf(string title, IReadOnlyList<string> headings, string summary, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(body);
        return _byText.GetOrAdd(Key(title, headings, summary, body),
            _ => new(() => SearchIndexWriter.TermsOf(title, headings, summary, body, Strings))).Value;
    }

    private static string Key(string title, IReadOnlyList<string> headings, string summary, string body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, title);
        Append(hash, summary);
        Append(hash, body);
        Span<byte> count = stackalloc byte[4];
        BitConverter.TryWriteBytes(count, headings.Count);
        hash.AppendData(count);
        foreach (var heading in headings) Append(hash, heading);
        return Convert.ToBase64String(hash.GetHashAndReset());
    }

    // Each field with its length first, so that no two different sets of fields hash the same bytes.
    private static void Append(IncrementalHash hash, string text)
    {
        Span<byte> length = stackalloc byte[4];
        BitConverter.TryWriteBytes(length, text.Length);
        hash.AppendData(length);
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
