using System.Buffers;
using System.Net;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Search;

/// <summary>The readable text of a rendered body, for the search index: tags dropped, entities decoded.</summary>
/// <remarks>Reads the HTML the Markdown pipeline wrote, which is well formed, so a scan for '&lt;' and '&gt;' is
/// enough; code blocks are left out, since their words (commands, file names) are noise in a reader's search.</remarks>
public static class HtmlText
{
    public static string Of(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Of(html.AsSpan());
    }

    public static string Of(ReadOnlySpan<char> html)
    {
        // Sized for the HTML, which the text is not longer than: a tag of two or more characters becomes one space at
        // most, and an entity decodes to fewer characters than it is written with (the buffer still grows if need be).
        using var text = new Squeezed(html.Length);
        var i = 0;
        var inPre = 0;
        while (i < html.Length)
        {
            var open = html[i..].IndexOf('<') is var at and >= 0 ? i + at : -1;
            var end = open < 0 ? html.Length : open;
            // Entities are decoded per run of text: a tag stands for a space, so none spans one.
            if (inPre == 0 && end > i)
            {
                var run = html.Slice(i, end - i);
                text.Append(run.Contains('&') ? WebUtility.HtmlDecode(run.ToString()) : run);
            }
            if (open < 0) break;
            var close = html[open..].IndexOf('>') is var after and >= 0 ? open + after : -1;
            if (close < 0) break;
            var tag = html.Slice(open + 1, close - open - 1);
            if (IsTag(tag, "pre")) inPre++;
            else if (IsTag(tag, "/pre") && inPre > 0) inPre--;
            // A tag separates words: "<li>one</li><li>two</li>" is "one two".
            text.Append(" ");
            i = close + 1;
        }
        return text.ToString();
    }

    private static bool IsTag(ReadOnlySpan<char> tag, string name) =>
        tag.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (tag.Length == name.Length || !char.IsLetterOrDigit(tag[name.Length]));

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> calls white space.</summary>
    private static readonly SearchValues<char> WhiteSpace =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(char.IsWhiteSpace)]);

    /// <summary>Text built in a pooled buffer with every run of white space as one space, none at either end, in one
    /// pass; the words between the spaces are copied whole, not character by character.</summary>
    private sealed class Squeezed(int capacity) : IDisposable
    {
        private readonly PooledChars _text = new(capacity);
        private bool _space;

        public void Append(ReadOnlySpan<char> text)
        {
            while (!text.IsEmpty)
            {
                var white = text.IndexOfAny(WhiteSpace);
                var word = white < 0 ? text : text[..white];
                if (!word.IsEmpty)
                {
                    if (_space) _text.Append(' ');
                    _space = false;
                    _text.Append(word);
                }
                if (white < 0) return;
                _space = _text.Length > 0;
                text = text[(white + 1)..];
            }
        }

        public override string ToString() => _text.ToString();

        public void Dispose() => _text.Dispose();
    }
}
