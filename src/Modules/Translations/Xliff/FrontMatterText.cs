using System.Text;

namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>A content file's text cut, as written, into its front matter lines and body, and edits of single
/// front-matter keys that leave every other byte as it was.</summary>
public sealed record FrontMatterText(string Prefix, string Yaml, string Closing, string Body)
{
    public override string ToString() => Prefix + Yaml + Closing + Body;

    /// <summary>Cuts <c>---\n yaml ---\n body</c>; a file without front matter is all body.</summary>
    public static FrontMatterText Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var firstEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (firstEnd < 0 || text[..firstEnd].TrimStart('\uFEFF').TrimEnd() != "---") return new FrontMatterText("", "", "", text);
        var position = firstEnd + 1;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text[position..] : text[position..end];
            if (line.TrimEnd() is "---" or "...")
            {
                var closingEnd = end < 0 ? text.Length : end + 1;
                return new FrontMatterText(text[..(firstEnd + 1)], text[(firstEnd + 1)..position], text[position..closingEnd], text[closingEnd..]);
            }
            if (end < 0) break;
            position = end + 1;
        }
        return new FrontMatterText("", "", "", text);
    }

    /// <summary>Sets a top-level key to a one-line value: replaces the key's lines (with any continuation lines), or
    /// adds the key at the end of the front matter.</summary>
    public FrontMatterText With(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var newline = Prefix.EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = SplitLines(Yaml);
        var start = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        var replacement = key + ": " + value + newline;
        if (start < 0)
        {
            var yaml = Yaml.Length == 0 || Yaml.EndsWith('\n') ? Yaml + replacement : Yaml + newline + replacement;
            return this with { Yaml = yaml };
        }
        var end = start + 1;
        while (end < lines.Count && (lines[end].StartsWith(' ') || lines[end].StartsWith('\t') || lines[end].Trim().Length == 0)) end++;
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == start) builder.Append(replacement);
            else if (i < start || i >= end) builder.Append(lines[i]);
        }
        return this with { Yaml = builder.ToString() };
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[position..next]);
            position = next;
        }
        return lines;
    }
}
