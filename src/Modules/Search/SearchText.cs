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
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (!IsCombiningMark(c)) builder.Append(c);
        }
        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>The folded words of <paramref name="text"/>, in order, repeats included.</summary>
    public static IEnumerable<string> Terms(string text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && IsWordChar(folded[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0 && i - start >= MinTermLength)
            {
                yield return folded.Substring(start, Math.Min(i - start, MaxTermLength));
            }
            start = -1;
        }
    }

    public static bool IsCombiningMark(char c) =>
        c is (>= '\u0300' and <= '\u036f') or (>= '\u1ab0' and <= '\u1aff') or (>= '\u1dc0' and <= '\u1dff')
            or (>= '\u20d0' and <= '\u20ff') or (>= '\ufe20' and <= '\ufe2f');

    /// <summary>ASCII letters and digits, Latin letters, and every script from Greek on, but not the punctuation,
    /// symbol and space blocks between them. Mirrors <c>WORD</c> in search.js.</summary>
    public static bool IsWordChar(char c) =>
        c is (>= '0' and <= '9') or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '\u00aa' or '\u00b5' or '\u00ba'
            or (>= '\u00c0' and <= '\u00d6') or (>= '\u00d8' and <= '\u00f6') or (>= '\u00f8' and <= '\u02af')
            or (>= '\u0370' and <= '\u1fff') or (>= '\u2c00' and <= '\u2dff') or (>= '\u3040' and <= '\ud7ff')
            or (>= '\uf900' and <= '\ufdff') or (>= '\ufe70' and <= '\ufeff') or (>= '\uff10' and <= '\uffef');
}
