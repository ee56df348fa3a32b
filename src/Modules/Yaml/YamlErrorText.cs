namespace StatiqGuides.Modules.Yaml;

/// <summary>YamlDotNet's parser messages ("While scanning a plain scalar, found a tab character that violate
/// indentation") in words an author understands, at the line the mistake is on rather than where the parser gave up.</summary>
public static class YamlErrorText
{
    /// <param name="text">The YAML text.</param>
    /// <param name="message">YamlDotNet's message, its "(Line: …)" prefix removed.</param>
    /// <param name="line">The parser's 1-based line within <paramref name="text"/>.</param>
    /// <param name="column">The parser's 1-based column.</param>
    public static (string Message, int Line, int Column) Explain(string text, string message, int line, int column)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(message);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string LineAt(int n) => n >= 1 && n <= lines.Length ? lines[n - 1] : "";

        if (message.Contains("tab character", StringComparison.OrdinalIgnoreCase))
        {
            for (var n = 1; n <= lines.Length; n++)
            {
                var indent = lines[n - 1].Length - lines[n - 1].TrimStart(' ', '\t').Length;
                var tab = lines[n - 1].IndexOf('\t', StringComparison.Ordinal);
                if (tab >= 0 && tab < indent) return ("a tab is not allowed for indentation: indent with spaces", n, tab + 1);
            }
            return ("a tab is not allowed for indentation: indent with spaces", line, column);
        }
        if (message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            var quote = LineAt(line).Length >= column && column >= 1 ? LineAt(line)[column - 1] : '"';
            var mark = quote is '\'' or '"' ? quote : '"';
            return ($"unclosed quote: the {mark} that opens this value is never closed", line, column);
        }
        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            || message.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase)
            || message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase))
        {
            var here = LineAt(line);
            var firstColon = here.IndexOf(": ", StringComparison.Ordinal);
            if (firstColon >= 0 && here.IndexOf(": ", firstColon + 2, StringComparison.Ordinal) > 0 && !IsQuoted(here[(firstColon + 2)..]))
            {
                return ("the value contains ': ': put the whole value in quotes, e.g. title: \"Open data: a primer\"", line, firstColon + 3);
            }
            for (var n = line - 1; n >= 1; n--)
            {
                var candidate = LineAt(n);
                var trimmed = candidate.Trim();
                if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
                if (!trimmed.StartsWith("- ", StringComparison.Ordinal) && !trimmed.Contains(':', StringComparison.Ordinal) && Indent(candidate) <= Indent(here))
                {
                    var key = trimmed.Split(' ')[0];
                    return ($"a colon is missing after the key '{key}': write '{key}: value'", n, Indent(candidate) + key.Length + 1);
                }
                break;
            }
            if (Indent(here) > 0)
            {
                return ("this line is indented more than the key above it: give keys of one mapping the same indentation, or quote a value that goes on over several lines", line, Indent(here) + 1);
            }
            return ("this line is not a 'key: value' pair of the mapping around it: check its indentation and its colon", line, column);
        }
        if (message.Contains("expected '-' indicator", StringComparison.OrdinalIgnoreCase)
            || message.Contains("block collection", StringComparison.OrdinalIgnoreCase))
        {
            return ("a list item must start with '- ', indented like the other items, and a list cannot be followed by a key at the same indentation", line, column);
        }
        if ((message.Contains("flow mapping", StringComparison.OrdinalIgnoreCase) || message.Contains("flow sequence", StringComparison.OrdinalIgnoreCase))
            && message.Contains("did not find expected", StringComparison.OrdinalIgnoreCase)
            && UnclosedBracket(text) is { } open)
        {
            return (UnclosedMessage(open.Bracket), open.Line, open.Column);
        }
        if (message.Contains("end of stream", StringComparison.OrdinalIgnoreCase) && message.Contains("flow", StringComparison.OrdinalIgnoreCase))
        {
            return UnclosedBracket(text) is { } unclosed
                ? (UnclosedMessage(unclosed.Bracket), unclosed.Line, unclosed.Column)
                : ("a '[' or '{' is never closed", line, column);
        }
        return (message, line, column);
    }

    /// <summary>What to do about a '[' or '{' that is never closed.</summary>
    public static string UnclosedMessage(char bracket) =>
        $"the '{bracket}' that opens this value is never closed: end it with '{(bracket == '[' ? ']' : '}')}', or put the whole value in quotes if the '{bracket}' is part of the text";

    /// <summary>The 1-based line and column of the outermost '[' or '{' that the text never closes, or null. Only a
    /// bracket that starts a value (or sits inside a flow collection) opens one; quoted text and comments are skipped.</summary>
    public static (int Line, int Column, char Bracket)? UnclosedBracket(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var open = new Stack<(int Line, int Column, char Bracket)>();
        var quote = '\0';
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            var valueStart = true;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quote != '\0')
                {
                    if (quote == '"' && c == '\\') i++;
                    else if (c == quote && quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'') i++;
                    else if (c == quote) quote = '\0';
                    continue;
                }
                if (c == ' ') continue;
                if (c == '#' && (i == 0 || line[i - 1] == ' ')) break;
                if (valueStart && c is '"' or '\'')
                {
                    quote = c;
                    valueStart = false;
                    continue;
                }
                if ((valueStart || open.Count > 0) && c is '[' or '{')
                {
                    open.Push((n + 1, i + 1, c));
                    valueStart = true;
                    continue;
                }
                if (open.Count > 0 && c is ']' or '}')
                {
                    open.Pop();
                    valueStart = false;
                    continue;
                }
                // A value starts after "key: ", after "- ", and after a ',' or ':' inside a flow collection.
                valueStart = (c == ':' || c == '-' || (open.Count > 0 && c == ',')) && (i + 1 == line.Length || line[i + 1] == ' ');
            }
        }
        return open.Count > 0 ? open.Last() : null;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static bool IsQuoted(string value) => value.TrimStart().StartsWith('"') || value.TrimStart().StartsWith('\'');
}
