using System.Buffers;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Refuses Markdown nested past what a reader can follow, before it is parsed: the parser's recursion and the
/// browser's layout both grow with depth, so a file of 10,000 '&gt;' or '[' must not reach them.</summary>
public static class NestingLimit
{
    public const int MaxDepth = 64;

    // What the scan stops at past a line's start.
    private static readonly SearchValues<char> Significant = SearchValues.Create("\n[]");

    /// <returns>The zero-based line where the nesting first goes past <see cref="MaxDepth"/>, or -1.</returns>
    /// <remarks>Only a line's leading quotes and indentation, and the brackets, count: past the start of a line the scan
    /// jumps from one bracket or line break to the next (vectorised), instead of looking at every character.</remarks>
    public static int FirstLineTooDeep(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = body.AsSpan();
        var position = 0;
        var line = 0;
        var brackets = 0;
        while (position < text.Length)
        {
            var quotes = 0;
            var indent = 0;
            for (; position < text.Length; position++)
            {
                var c = text[position];
                if (c == '>') quotes++;
                else if (c == ' ') indent++;
                else if (c == '\t') indent += 4;
                else break;
                // Each list level indents two or more columns: a line 2 x MaxDepth columns in is that deep in lists.
                if (quotes > MaxDepth || indent > 4 * MaxDepth) return line;
            }
            while (true)
            {
                var next = text[position..].IndexOfAny(Significant);
                if (next < 0) return -1;
                position += next;
                var c = text[position++];
                if (c == '\n')
                {
                    line++;
                    break;
                }
                if (c == '[')
                {
                    if (++brackets > MaxDepth) return line;
                }
                else if (brackets > 0)
                {
                    brackets--;
                }
            }
        }
        return -1;
    }
}
