using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Where each raw HTML fragment landed in a rendered body (raw HTML is written as it is, in document order), so
/// that a place in the body's HTML can be reported where the author wrote it.</summary>
public sealed class FragmentMap
{
    private readonly List<(int Start, int End, RawHtmlFragment Fragment)> _placed = [];
    private readonly ContentItem _item;

    public FragmentMap(string html, IReadOnlyList<RawHtmlFragment> fragments, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(fragments);
        _item = item;
        var from = 0;
        foreach (var fragment in fragments.OrderBy(f => f.LineStarts[0].Line).ThenBy(f => f.LineStarts[0].Column))
        {
            var at = html.IndexOf(fragment.Text, from, StringComparison.Ordinal);
            if (at < 0) continue;
            _placed.Add((at, at + fragment.Text.Length, fragment));
            from = at + fragment.Text.Length;
        }
    }

    /// <summary>Whether an offset is inside raw HTML, or after raw HTML that left something open (which then made it).</summary>
    public bool InsideOrAfterOpen(int offset, IReadOnlySet<RawHtmlFragment> leftOpen)
    {
        ArgumentNullException.ThrowIfNull(leftOpen);
        if (offset < 0) return _placed.Count > 0;
        var (inside, before) = Find(offset);
        return inside is not null || (before is not null && leftOpen.Contains(before)) || leftOpen.Count > 0;
    }

    /// <summary>The place of an offset: inside a fragment, its own line and column; after one, the fragment that left
    /// something open (or the last one before it); with no raw HTML, the body's first line.</summary>
    public SourceLocation Locate(int offset, IReadOnlySet<RawHtmlFragment> leftOpen, bool fallback)
    {
        ArgumentNullException.ThrowIfNull(leftOpen);
        var (inside, before) = offset < 0 ? (null, null) : Find(offset);
        if (inside is { } fragment)
        {
            var (line, column) = fragment.BodyPositionOf(offset - _placed.First(p => p.Fragment == fragment).Start);
            return BodyLocations.At(_item, line, column);
        }
        var opener = _placed.LastOrDefault(p => leftOpen.Contains(p.Fragment) && (offset < 0 || p.Start <= offset)).Fragment
            ?? before ?? (fallback && _placed.Count > 0 ? _placed[^1].Fragment : null);
        return opener is null
            ? BodyLocations.At(_item, 0, 0)
            : BodyLocations.At(_item, opener.LineStarts[0].Line, opener.LineStarts[0].Column);
    }

    private (RawHtmlFragment? Inside, RawHtmlFragment? Before) Find(int offset)
    {
        RawHtmlFragment? before = null;
        foreach (var (start, end, fragment) in _placed)
        {
            if (start > offset) break;
            if (offset < end) return (fragment, before);
            before = fragment;
        }
        return (null, before);
    }
}
