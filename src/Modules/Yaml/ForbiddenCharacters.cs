using System.Text;

namespace StatiqGuides.Modules.Yaml;

/// <summary>The characters XML cannot carry at all and HTML reads as errors: C0 controls other than tab, newline and
/// carriage return, lone surrogates, U+FFFE and U+FFFF.</summary>
public static class ForbiddenCharacters
{
    public static int IndexOfFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsForbiddenAt(text, i)) return i;
            if (char.IsHighSurrogate(text[i])) i++;
        }
        return -1;
    }

    public static string Replace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsForbiddenAt(text, i))
            {
                builder.Append('\uFFFD');
                continue;
            }
            builder.Append(text[i]);
            if (char.IsHighSurrogate(text[i])) builder.Append(text[++i]);
        }
        return builder.ToString();
    }

    private static bool IsForbiddenAt(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c)) return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return true;
        return (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF';
    }
}
