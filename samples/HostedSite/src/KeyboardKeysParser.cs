using Markdig.Helpers;
using Markdig.Parsers;

namespace HostedSite;

/// <summary>Parses <c>[[Key+Key]]</c>: letters, digits and a few names between double brackets, joined by '+'.</summary>
public sealed class KeyboardKeysParser : InlineParser
{
    private const int MaxLength = 40;

    public KeyboardKeysParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        ArgumentNullException.ThrowIfNull(processor);
        if (slice.PeekCharExtra(1) != '[') return false;
        var text = slice.Text;
        var start = slice.Start + 2;
        var end = text.IndexOf("]]", start, StringComparison.Ordinal);
        if (end < 0 || end - start is 0 or > MaxLength) return false;
        var keys = text[start..end].Split('+');
        if (keys.Any(k => k.Length == 0 || !k.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-'))) return false;
        var column = processor.GetSourcePosition(slice.Start, out var line, out var lineColumn);
        processor.Inline = new KeyboardKeys(keys) { Span = new(column, column + end + 1 - slice.Start), Line = line, Column = lineColumn };
        slice.Start = end + 2;
        return true;
    }
}
