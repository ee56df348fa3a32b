using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StatiqGuides.Modules.Markdown;

/// <summary>One piece of raw HTML in a page's Markdown (an HTML block, whole, or an inline tag), with where each of its
/// lines starts in the body, so that positions found in it can be reported where the author wrote them.</summary>
/// <remarks>Belongs to one parsed document, used by one thread: <see cref="Replace"/> changes that document's node.</remarks>
public sealed class RawHtmlFragment
{
    private readonly Action<string> _replace;

    private RawHtmlFragment(string text, (int Line, int Column)[] lineStarts, Action<string> replace)
    {
        Text = text;
        LineStarts = lineStarts;
        _replace = replace;
    }

    /// <summary>The HTML as it is written to the page ('\n' between lines, without quote or list prefixes).</summary>
    public string Text { get; private set; }

    /// <summary>Zero-based body line and column where each line of <see cref="Text"/> starts.</summary>
    public IReadOnlyList<(int Line, int Column)> LineStarts { get; }

    /// <summary>Every raw HTML fragment of a parsed body, blocks first, in document order.</summary>
    public static IEnumerable<RawHtmlFragment> In(MarkdownDocument document, BodyText body)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(body);
        foreach (var block in document.Descendants<HtmlBlock>())
        {
            var lines = block.Lines.Lines;
            var count = block.Lines.Count;
            var starts = new (int Line, int Column)[count];
            var parts = new string[count];
            for (var i = 0; i < count; i++)
            {
                // The slice starts after any container prefix ("> ", a list item's indentation) on that line.
                starts[i] = (lines[i].Line, lines[i].Slice.Start - body.LineStart(lines[i].Line));
                parts[i] = lines[i].Slice.ToString();
            }
            yield return new RawHtmlFragment(string.Join('\n', parts), starts, text => ReplaceLines(block, text));
        }
        foreach (var inline in MarkdownTree.Inlines<HtmlInline>(document))
        {
            yield return new RawHtmlFragment(inline.Tag, InlineLineStarts(inline, body), text => inline.Tag = text);
        }
    }

    /// <summary>A tokenizer that reads the fragment as a browser does (entities decoded, attribute names as written).</summary>
    public HtmlTokenizer Tokenizer() =>
        new(new TextSource(Text), HtmlEntityProvider.Resolver) { IsPreservingAttributeNames = true };

    /// <summary>The zero-based body line and column of a 1-based position in the fragment (AngleSharp's).</summary>
    public (int Line, int Column) BodyPosition(TextPosition position)
    {
        var (line, column) = LineStarts[Math.Clamp(position.Line - 1, 0, LineStarts.Count - 1)];
        return (line, column + position.Column - 1);
    }

    /// <summary>The offset in <see cref="Text"/> of a 1-based position (AngleSharp's).</summary>
    public int Offset(TextPosition position)
    {
        var offset = 0;
        for (var line = 1; line < position.Line && offset >= 0; line++)
        {
            offset = Text.IndexOf('\n', offset) is var newline and >= 0 ? newline + 1 : -1;
        }
        return offset < 0 ? Text.Length : Math.Min(Text.Length, offset + position.Column - 1);
    }

    /// <summary>The zero-based body line and column of an offset in <see cref="Text"/>.</summary>
    public (int Line, int Column) BodyPositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Text.AsSpan(0, offset).Count('\n');
        var lineStart = line == 0 ? 0 : Text.LastIndexOf('\n', offset - 1) + 1;
        var (bodyLine, column) = LineStarts[Math.Min(line, LineStarts.Count - 1)];
        return (bodyLine, column + offset - lineStart);
    }

    /// <summary>Where a tag is written, from its '&lt;' to its '&gt;' included, given its position (AngleSharp's).</summary>
    public (int Start, int Length) TagSpan(TextPosition position)
    {
        var at = Math.Min(Offset(position), Math.Max(Text.Length - 1, 0));
        var start = Math.Max(Text.LastIndexOf('<', at), 0);
        var i = start + 1;
        char? quote = null;
        var afterEquals = false;
        for (; i < Text.Length; i++)
        {
            var c = Text[i];
            if (quote is { } q)
            {
                if (c == q) quote = null;
                continue;
            }
            if (c == '>') return (start, i + 1 - start);
            if (afterEquals && c is '"' or '\'') quote = c;
            if (!char.IsWhiteSpace(c)) afterEquals = c == '=';
        }
        return (start, Text.Length - start);
    }

    /// <summary>Where an attribute's value is written, quotes included, from the position of its name; null when it has none.</summary>
    public (int Start, int Length)? ValueSpan(TextPosition namePosition)
    {
        var text = Text;
        var i = Offset(namePosition);
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('=' or '>' or '/')) i++;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length || text[i] != '=') return null;
        i++;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length) return null;
        if (text[i] is '"' or '\'')
        {
            var end = text.IndexOf(text[i], i + 1);
            return end < 0 ? null : (i, end - i + 1);
        }
        var stop = i;
        while (stop < text.Length && !char.IsWhiteSpace(text[stop]) && text[stop] != '>') stop++;
        return (i, stop - i);
    }

    /// <summary>Applies edits made on <see cref="Text"/> (none overlapping) and writes the result to the page.</summary>
    public void Apply(IReadOnlyList<(int Start, int Length, string Text)> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        if (edits.Count == 0) return;
        var text = new System.Text.StringBuilder(Text);
        foreach (var (start, length, replacement) in edits.OrderByDescending(e => e.Start))
        {
            text.Remove(start, length).Insert(start, replacement);
        }
        Replace(text.ToString());
    }

    /// <summary>Writes <paramref name="text"/> to the page instead; it must have as many lines.</summary>
    public void Replace(string text)
    {
        Text = text;
        _replace(text);
    }

    /// <summary>What a browser does with the markup after these start tags: read it as text, not tags.</summary>
    public static HtmlParseMode? TextModeAfter(HtmlTagToken tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (tag.Type != HtmlTokenType.StartTag) return null;
        return tag.Name.ToLowerInvariant() switch
        {
            "script" => HtmlParseMode.Script,
            "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
            "textarea" or "title" => HtmlParseMode.RCData,
            "plaintext" => HtmlParseMode.Plaintext,
            _ => null,
        };
    }

    private static void ReplaceLines(HtmlBlock block, string text)
    {
        var old = block.Lines.Lines;
        var parts = text.Split('\n');
        var lines = new StringLineGroup(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            var line = new StringLine(new StringSlice(parts[i]), old[i].Line, old[i].Column, old[i].Position, old[i].NewLine);
            lines.Add(ref line);
        }
        block.Lines = lines;
    }

    /// <summary>A tag may span the lines of its paragraph, whose continuation lines Markdig hands over without their
    /// indentation: find each one in its source line.</summary>
    private static (int Line, int Column)[] InlineLineStarts(HtmlInline inline, BodyText body)
    {
        var parts = inline.Tag.Split('\n');
        var starts = new (int Line, int Column)[parts.Length];
        starts[0] = (inline.Line, inline.Column);
        for (var k = 1; k < parts.Length; k++)
        {
            var found = parts[k].Length == 0 ? -1 : body.Line(inline.Line + k).IndexOf(parts[k], StringComparison.Ordinal);
            starts[k] = (inline.Line + k, Math.Max(found, 0));
        }
        return starts;
    }
}
