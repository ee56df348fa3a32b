using System.Net;
using System.Text;

namespace StatiqGuides.Modules.Search;

/// <summary>The readable text of a rendered body, for the search index: tags dropped, entities decoded.</summary>
/// <remarks>Reads the HTML the Markdown pipeline wrote, which is well formed, so a scan for '&lt;' and '&gt;' is
/// enough; code blocks are left out, since their words (commands, file names) are noise in a reader's search.</remarks>
public static class HtmlText
{
    public static string Of(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new Squeezed(html.Length);
        var i = 0;
        var inPre = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            var end = open < 0 ? html.Length : open;
            // Entities are decoded per run of text: a tag stands for a space, so none spans one.
            if (inPre == 0 && end > i)
            {
                var run = html.AsSpan(i, end - i);
                text.Append(run.Contains('&') ? WebUtility.HtmlDecode(run.ToString()) : run);
            }
            if (open < 0) break;
            var close = html.IndexOf('>', open);
            if (close < 0) break;
            var tag = html.AsSpan(open + 1, close - open - 1);
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

    /// <summary>Text built with every run of white space as one space, none at either end, in one pass.</summary>
    private sealed class Squeezed(int capacity)
    {
        private readonly StringBuilder _builder = new(capacity);
        private bool _space;

        public void Append(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    _space = _builder.Length > 0;
                    continue;
                }
                if (_space) _builder.Append(' ');
                _space = false;
                _builder.Append(c);
            }
        }

        public override string ToString() => _builder.ToString();
    }
}
