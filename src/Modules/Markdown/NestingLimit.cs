namespace StatiqGuides.Modules.Markdown;

/// <summary>Refuses Markdown nested past what a reader can follow, before it is parsed: the parser's recursion and the
/// browser's layout both grow with depth, so a file of 10,000 '&gt;' or '[' must not reach them.</summary>
public static class NestingLimit
{
    public const int MaxDepth = 64;

    /// <returns>The zero-based line where the nesting first goes past <see cref="MaxDepth"/>, or -1.</returns>
    public static int FirstLineTooDeep(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var line = 0;
        var brackets = 0;
        var atLineStart = true;
        var quotes = 0;
        var indent = 0;
        foreach (var c in body)
        {
            if (c == '\n')
            {
                line++;
                atLineStart = true;
                quotes = 0;
                indent = 0;
                continue;
            }
            if (atLineStart)
            {
                if (c == '>') quotes++;
                else if (c == ' ') indent++;
                else if (c == '\t') indent += 4;
                else atLineStart = false;
                // Each list level indents two or more columns: a line 2 x MaxDepth columns in is that deep in lists.
                if (quotes > MaxDepth || indent > 4 * MaxDepth) return line;
            }
            if (c == '[') brackets++;
            else if (c == ']' && brackets > 0) brackets--;
            if (brackets > MaxDepth) return line;
        }
        return -1;
    }
}
