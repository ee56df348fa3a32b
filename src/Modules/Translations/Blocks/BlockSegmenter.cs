using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StatiqGuides.Modules.Translations.Blocks;

/// <summary>Cuts one block's text into words and Markdown syntax (SPEC §3 <c>translations export</c>): emphasis and
/// links become a pair of codes around their translated text, their URLs inside the codes; code spans, images without
/// text, HTML, entities, footnote references, hard breaks and everything Markdig did not read as text stand alone.</summary>
/// <remarks>The segments concatenated are the block's text exactly: nothing is lost or re-written.</remarks>
public static partial class BlockSegmenter
{
    public static IReadOnlyList<InlineSegment> Segment(ParsedBody body, MarkdownBlock block)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(block);
        if (body.Document is null) return [new InlineSegment(SegmentKind.Text, block.Text)];
        var cutter = new Cutter(body.Text, block.Start, block.End);
        foreach (var leaf in body.Document.Descendants().OfType<LeafBlock>())
        {
            if (leaf.Span.Start >= block.Start && leaf.Span.Start < block.End) cutter.Leaf(leaf);
        }
        cutter.GapTo(block.End);
        return PadPipes(cutter.Result());
    }

    /// <summary>A table's cell padding belongs to its pipes: <c>| Users |</c> is the codes <c>| </c> and <c> |</c>
    /// around the text <c>Users</c>. CAT tools hide or trim spaces next to codes, so padding left in the text was lost
    /// or doubled on import, and pipes padded one way in the source and another in the translation did not pair.</summary>
    private static List<InlineSegment> PadPipes(List<InlineSegment> segments)
    {
        var result = new List<InlineSegment>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Kind != SegmentKind.Text)
            {
                result.Add(segment);
                continue;
            }
            var text = segment.Text;
            if (result.Count > 0 && IsPipe(result[^1]))
            {
                var lead = text.Length - text.TrimStart(' ', '\t').Length;
                result[^1] = result[^1] with { Text = result[^1].Text + text[..lead] };
                text = text[lead..];
            }
            var trail = "";
            if (i + 1 < segments.Count && IsPipe(segments[i + 1]))
            {
                var kept = text.TrimEnd(' ', '\t').Length;
                trail = text[kept..];
                text = text[..kept];
            }
            if (text.Length > 0) result.Add(segment with { Text = text });
            if (trail.Length > 0) segments[i + 1] = segments[i + 1] with { Text = trail + segments[i + 1].Text };
        }
        return result;
    }

    private static bool IsPipe(InlineSegment segment) =>
        segment is { Kind: SegmentKind.Placeholder, Structural: true } && segment.Text.Trim(' ', '\t') is { Length: > 0 } core && (core[0] == '|' || core[^1] == '|');

    [GeneratedRegex(@"<!--.*?-->|<[A-Za-z/!?][^>]*>", RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HtmlTag();

    private sealed class Cutter(string text, int blockStart, int blockEnd)
    {
        private readonly List<InlineSegment> _segments = [];
        private int _position = blockStart;
        private int _pairs;

        public void Leaf(LeafBlock leaf)
        {
            if (leaf.Span.Start < _position) return;
            switch (leaf)
            {
                case HtmlBlock:
                    Html(leaf.Span.Start, Math.Min(leaf.Span.End + 1, blockEnd));
                    break;
                case CodeBlock code:
                    Code(code);
                    break;
                default:
                    if (leaf.Inline is { } inline)
                    {
                        foreach (var child in inline) Inline(child);
                    }
                    break;
            }
        }

        private void Inline(Inline inline)
        {
            var start = inline.Span.Start;
            var end = inline.Span.End + 1;
            if (start < _position || end > blockEnd || end <= start) return;
            switch (inline)
            {
                case LiteralInline:
                    GapTo(start);
                    Emit(SegmentKind.Text, start, end);
                    break;
                case LineBreakInline { IsHard: false }:
                    GapTo(start);
                    Emit(SegmentKind.Text, start, end);
                    break;
                case HtmlInline:
                    GapTo(start);
                    Emit(SegmentKind.Placeholder, start, end);
                    break;
                case ContainerInline container when container.FirstChild is { } first && container.LastChild is { } last
                    && first.Span.Start >= start && last.Span.End < end && first.Span.Start > start:
                    GapTo(start);
                    var pair = ++_pairs;
                    _segments.Add(new InlineSegment(SegmentKind.Open, text[start..first.Span.Start], pair));
                    _position = first.Span.Start;
                    foreach (var child in container) Inline(child);
                    GapTo(last.Span.End + 1);
                    _segments.Add(new InlineSegment(SegmentKind.Close, text[_position..end], pair));
                    _position = end;
                    break;
                default:
                    GapTo(start);
                    Emit(SegmentKind.Placeholder, start, end);
                    break;
            }
        }

        private void Code(CodeBlock code)
        {
            var start = code.Span.Start;
            var end = Math.Min(code.Span.End + 1, blockEnd);
            if (code is FencedCodeBlock && code.Lines.Count > 0)
            {
                // The fences and the info string are code; the lines between are text (comments may be translated).
                var first = code.Lines.Lines[0];
                var last = code.Lines.Lines[code.Lines.Count - 1];
                GapTo(first.Position);
                Emit(SegmentKind.Text, first.Position, Math.Min(last.Position + last.Slice.Length, end));
                return;
            }
            if (code is FencedCodeBlock) return;
            GapTo(start);
            Emit(SegmentKind.Text, start, end);
        }

        private void Html(int start, int end)
        {
            GapTo(start);
            foreach (Match tag in HtmlTag().Matches(text[start..end]))
            {
                var tagStart = start + tag.Index;
                if (tagStart > _position) Emit(SegmentKind.Text, _position, tagStart);
                Emit(SegmentKind.Placeholder, tagStart, tagStart + tag.Length);
            }
            if (end > _position) Emit(SegmentKind.Text, _position, end);
        }

        /// <summary>What lies between the last segment and <paramref name="to"/> is syntax Markdig consumed: a code.</summary>
        public void GapTo(int to)
        {
            to = Math.Min(to, blockEnd);
            if (to <= _position) return;
            var gap = text[_position..to];
            _position = to;
            // Whitespace between words stays text, so a translator may reflow it.
            var kind = gap.Trim().Length == 0 && !gap.Contains('\n', StringComparison.Ordinal) ? SegmentKind.Text : SegmentKind.Placeholder;
            Append(kind, gap, structural: kind == SegmentKind.Placeholder && (_segments.Count == 0 || gap.Contains('\n', StringComparison.Ordinal) || gap.Contains('|', StringComparison.Ordinal)));
        }

        private void Emit(SegmentKind kind, int start, int end)
        {
            if (end <= start) return;
            Append(kind, text[start..end], structural: false);
            _position = end;
        }

        private void Append(SegmentKind kind, string value, bool structural)
        {
            // A table's pipes never absorb a code span or HTML beside them: structure and content are separate codes.
            if (_segments.Count > 0 && _segments[^1] is { } previous && previous.Kind == kind && kind is SegmentKind.Text or SegmentKind.Placeholder
                && (kind == SegmentKind.Text || previous.Structural == structural))
            {
                _segments[^1] = previous with { Text = previous.Text + value, Structural = previous.Structural || structural };
                return;
            }
            _segments.Add(new InlineSegment(kind, value, 0, structural));
        }

        public List<InlineSegment> Result() => _segments;
    }
}
