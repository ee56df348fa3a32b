using System.Globalization;
using System.Text;

namespace StatiqGuides.Core.Diagnostics;

/// <summary>Makes text from content safe to print: a message or a path can then neither move a terminal's cursor, start
/// a new line (a forged <c>::error</c> annotation), reorder what a reader sees (bidirectional overrides) nor break a JSON
/// writer (lone surrogates). Each such character is shown as <c>\u0001</c>, so the author still sees where it is.</summary>
public static class DisplayText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var i = 0;
        while (i < text.Length && !NeedsEscape(text, i)) i++;
        if (i == text.Length) return text;
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (NeedsEscape(text, i))
            {
                builder.Append("\\u").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(text[i]);
                if (char.IsHighSurrogate(text[i])) builder.Append(text[++i]);
            }
        }
        return builder.ToString();
    }

    private static bool NeedsEscape(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c)) return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        return c < 0x20 || c is >= '\u007F' and <= '\u009F'
            || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C'
            || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF';
    }
}
