using System.Buffers;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Pages;

/// <summary>Fits a guide's rendered body into a page that holds several guides.</summary>
/// <remarks>Works on the HTML the Markdown pipeline wrote, where quotes in text are always escaped, so an
/// <c>id="</c> or <c>href="#</c> can only be an attribute.</remarks>
public static class PrintedHtml
{
    /// <summary>Moves headings one level down (the guide's title is the h2) and prefixes ids and same-page links with
    /// <paramref name="prefix"/>, since every guide has its own "background" heading and footnote "fn:1".</summary>
    /// <remarks>Rewrites, left to right and never overlapping: <c>&lt;h1</c>..<c>&lt;h5</c> and their closing tags (either
    /// case, followed by white space or <c>&gt;</c>), and <c>id="…"</c> or <c>href="#…"</c> after white space. A scan for
    /// <c>&lt;</c> and <c>=</c>: the regular expression it replaces tried a match at every space of the text, which was 4 %
    /// of a clean 1,000-guide build for the print pages (bench/PROFILE.md).</remarks>
    public static string Nest(string html, string prefix)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(prefix);
        return Nest(html.AsSpan(), prefix);
    }

    /// <inheritdoc cref="Nest(string, string)"/>
    public static string Nest(ReadOnlySpan<char> html, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        // Written into a pooled buffer, not a builder: the nested body's string is the one allocation of its size.
        using var nested = new PooledChars(html.Length + 256);
        var copied = 0;
        var at = 0;
        while (at < html.Length)
        {
            var found = html[at..].IndexOfAny(Marks);
            if (found < 0) break;
            var mark = at + found;
            if (html[mark] == '<')
            {
                if (HeadingLevel(html, mark) is var (close, level))
                {
                    nested.Append(html[copied..mark]);
                    nested.Append(close ? "</h" : "<h");
                    nested.Append((char)('1' + level));
                    copied = at = mark + (close ? 4 : 3);
                    continue;
                }
            }
            else if (Attribute(html, mark, copied) is var (start, valueStart, isLink) && html[valueStart..].IndexOf('"') is var quote and >= 0)
            {
                var end = valueStart + quote;
                nested.Append(html[copied..start]);
                nested.Append(isLink ? "href=\"#" : "id=\"");
                nested.Append(prefix);
                nested.Append("--");
                nested.Append(html[valueStart..end]);
                nested.Append('"');
                copied = at = end + 1;
                continue;
            }
            at = mark + 1;
        }
        nested.Append(html[copied..]);
        return nested.ToString();
    }

    /// <summary>At a <c>&lt;</c>: whether a heading tag of level 1 to 5 opens or closes there.</summary>
    private static (bool Close, int Level)? HeadingLevel(ReadOnlySpan<char> html, int at)
    {
        var close = at + 1 < html.Length && html[at + 1] == '/';
        var h = at + (close ? 2 : 1);
        if (h + 1 >= html.Length || (html[h] != 'h' && html[h] != 'H') || html[h + 1] is < '1' or > '5') return null;
        var after = h + 2;
        if (after >= html.Length || !(html[after] == '>' || char.IsWhiteSpace(html[after]))) return null;
        return (close, html[h + 1] - '0');
    }

    /// <summary>At a <c>=</c>: whether it is the one of <c> id="</c> or <c> href="#</c>, where that attribute's name
    /// starts (after the white space, which stays) and its value, and which of the two it is. The white space must not
    /// be part of text already rewritten (before <paramref name="copied"/>).</summary>
    private static (int Start, int ValueStart, bool IsLink)? Attribute(ReadOnlySpan<char> html, int equals, int copied)
    {
        if (equals + 1 >= html.Length || html[equals + 1] != '"') return null;
        if (equals - 3 >= copied && html[equals - 2] == 'i' && html[equals - 1] == 'd' && char.IsWhiteSpace(html[equals - 3]))
        {
            return (equals - 2, equals + 2, false);
        }
        if (equals - 5 >= copied && equals + 2 < html.Length && html[equals + 2] == '#'
            && html.Slice(equals - 4, 4).SequenceEqual("href") && char.IsWhiteSpace(html[equals - 5]))
        {
            return (equals - 4, equals + 3, true);
        }
        return null;
    }

    private static readonly SearchValues<char> Marks = SearchValues.Create("<=");
}
