using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace StatiqGuides.Modules.Search;

/// <summary>How text becomes search terms, the same way here and in theme/assets/js/search.js: decompose (NFD),
/// drop combining diacritical marks, lower-case (invariant), then split into runs of word characters.</summary>
/// <remarks>The mark and word-character ranges are explicit rather than Unicode categories because ES5 regular
/// expressions have no <c>\p{…}</c>; both sides must fold a query and a page identically.</remarks>
public static class SearchText
{
    /// <summary>Shorter words are not indexed: they would match most pages as prefixes and bloat the index.</summary>
    public const int MinTermLength = 2;

    /// <summary>Longer words are cut: no one types them, and the index stays small.</summary>
    public const int MaxTermLength = 32;

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Most of an English page is ASCII, which decomposition and mark removal leave as it is.
        if (Ascii.IsValid(text)) return text.ToLowerInvariant();
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = ArrayPool<char>.Shared.Rent(decomposed.Length);
        var lowered = ArrayPool<char>.Shared.Rent(decomposed.Length);
        try
        {
            var count = 0;
            foreach (var c in decomposed)
            {
                if (!IsCombiningMark(c)) kept[count++] = c;
            }
            var written = kept.AsSpan(0, count).ToLowerInvariant(lowered);
            return new string(lowered, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(kept);
            ArrayPool<char>.Shared.Return(lowered);
        }
    }

    /// <summary>The folded words of <paramref name="text"/>, in order, repeats included.</summary>
    public static IEnumerable<string> Terms(string text)
    {
        var folded = Fold(text);
        var position = 0;
        while (NextTerm(folded, ref position) is var (start, length) && length > 0)
        {
            yield return folded.Substring(start, length);
        }
    }

    /// <summary>The next word of an already folded text at or after <paramref name="position"/>, as its start and
    /// (cut) length, moving <paramref name="position"/> past it; length 0 when there is none. What <see cref="Terms"/>
    /// yields, without a string per word.</summary>
    public static (int Start, int Length) NextTerm(ReadOnlySpan<char> folded, ref int position)
    {
        var start = -1;
        for (var i = position; i <= folded.Length; i++)
        {
            if (i < folded.Length && IsWordChar(folded[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0 && i - start >= MinTermLength)
            {
                position = i;
                return (start, Math.Min(i - start, MaxTermLength));
            }
            start = -1;
        }
        position = folded.Length;
        return (0, 0);
    }

    public static bool IsCombiningMark(char c) =>
        c is (>= '\u0300' and <= '\u036f') or (>= '\u1ab0' and <= '\u1aff') or (>= '\u1dc0' and <= '\u1dff')
            or (>= '\u20d0' and <= '\u20ff') or (>= '\ufe20' and <= '\ufe2f');

    /// <summary>ASCII letters and digits, Latin letters, and every script from Greek on, but not the punctuation,
    /// symbol and space blocks between them. Mirrors <c>WORD</c> in search.js.</summary>
    /// <remarks>Asked of every character of every page's text: ASCII, most of it, is answered by two comparisons
    /// inlined into the caller, and only the rest goes through the ranges.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c) =>
        c is '\u00aa' or '\u00b5' or '\u00ba'
            or (>= '\u00c0' and <= '\u00d6') or (>= '\u00d8' and <= '\u00f6') or (>= '\u00f8' and <= '\u02af')
            or (>= '\u0370' and <= '\u1fff') or (>= '\u2c00' and <= '\u2dff') or (>= '\u3040' and <= '\ud7ff')
            or (>= '\uf900' and <= '\ufdff') or (>= '\ufe70' and <= '\ufeff') or (>= '\uff10' and <= '\uffef');
}
