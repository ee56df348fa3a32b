using StatiqGuides.Modules.Translations.Blocks;

namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>Numbers a unit's inline codes and pairs the target's codes with the source's: the same Markdown first,
/// then the same kind in order; a target code with no partner keeps its own id (<c>t1</c>...).</summary>
public static class InlineCodes
{
    public static AssignedCodes Assign(IReadOnlyList<InlineSegment> source, IReadOnlyList<InlineSegment>? target)
    {
        ArgumentNullException.ThrowIfNull(source);
        var data = new List<(string Id, string Text)>();
        var sourceCodes = Codes(source);
        var targetCodes = target is null ? [] : Codes(target);
        var partner = new int[targetCodes.Count];
        Array.Fill(partner, -1);
        var used = new bool[sourceCodes.Count];
        // Structure codes (a table's pipes, a list's markers) keep their order, so they pair by position: pairing them
        // by text first crossed a row's pipes whose padding differed and made a faithful translation "reordered".
        var sourceStructure = Enumerable.Range(0, sourceCodes.Count).Where(s => sourceCodes[s].First.Structural).ToList();
        var targetStructure = Enumerable.Range(0, targetCodes.Count).Where(t => targetCodes[t].First.Structural).ToList();
        foreach (var (s, t) in sourceStructure.Zip(targetStructure))
        {
            if (!sourceCodes[s].SameKind(targetCodes[t])) continue;
            partner[t] = s;
            used[s] = true;
        }
        for (var pass = 0; pass < 2; pass++)
        {
            for (var t = 0; t < targetCodes.Count; t++)
            {
                if (partner[t] >= 0) continue;
                for (var s = 0; s < sourceCodes.Count; s++)
                {
                    if (used[s] || !sourceCodes[s].SameKind(targetCodes[t]) || (pass == 0 && !sourceCodes[s].SameText(targetCodes[t]))) continue;
                    partner[t] = s;
                    used[s] = true;
                    break;
                }
            }
        }
        var sourceIds = new (string Id, string Data, string? End)[sourceCodes.Count];
        for (var s = 0; s < sourceCodes.Count; s++)
        {
            var code = sourceCodes[s];
            var id = XliffExporter.Number(s + 1);
            var start = Data(data, code.First.Text);
            var end = code.Last is { } last ? Data(data, last.Text) : null;
            sourceIds[s] = (id, start, end);
        }
        var sourceCoded = Coded(source, sourceCodes, s => sourceIds[s], s => Protected(sourceCodes[s]) && (target is null || used[s]));
        List<CodedSegment>? targetCoded = null;
        if (target is not null)
        {
            var extra = 0;
            var targetIds = new (string Id, string Data, string? End)[targetCodes.Count];
            for (var t = 0; t < targetCodes.Count; t++)
            {
                var code = targetCodes[t];
                var id = partner[t] >= 0 ? sourceIds[partner[t]].Id : "t" + XliffExporter.Number(++extra);
                targetIds[t] = (id, Data(data, code.First.Text), code.Last is { } last ? Data(data, last.Text) : null);
            }
            targetCoded = Coded(target, targetCodes, t => targetIds[t], t => partner[t] >= 0 && Protected(sourceCodes[partner[t]]));
        }
        return new AssignedCodes(sourceCoded, targetCoded, data);
    }

    /// <summary>The XLIFF type of a code (link, image, fmt, other).</summary>
    public static string TypeOf(InlineSegment first)
    {
        ArgumentNullException.ThrowIfNull(first);
        var text = first.Text.TrimStart();
        if (first.Kind == SegmentKind.Open) return text.StartsWith("![", StringComparison.Ordinal) ? "image" : text.StartsWith('[') ? "link" : "fmt";
        if (text.StartsWith("![", StringComparison.Ordinal)) return "image";
        if (text.StartsWith('<') && text.Contains("xref:", StringComparison.Ordinal)) return "link";
        return first.Structural || text.StartsWith('<') ? "fmt" : "other";
    }

    /// <summary>Links, images and every standalone code (code spans, HTML, markers) must stay; emphasis may go.</summary>
    private static bool Protected(Code code) => code.Last is null || TypeOf(code.First) is "link" or "image";

    /// <summary>Reuses the data entry of an identical text, so a unit lists each piece of Markdown once.</summary>
    private static string Data(List<(string Id, string Text)> data, string text)
    {
        var normalized = XliffExporter.Normalize(text);
        foreach (var (id, existing) in data) if (existing == normalized) return id;
        var next = "d" + XliffExporter.Number(data.Count + 1);
        data.Add((next, normalized));
        return next;
    }

    private static List<CodedSegment> Coded(IReadOnlyList<InlineSegment> segments, List<Code> codes, Func<int, (string Id, string Data, string? End)> ids, Func<int, bool> isProtected)
    {
        var byIndex = new Dictionary<int, int>();
        for (var c = 0; c < codes.Count; c++)
        {
            byIndex[codes[c].FirstIndex] = c;
            if (codes[c].LastIndex is { } last) byIndex[last] = c;
        }
        var result = new List<CodedSegment>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Kind == SegmentKind.Text || !byIndex.TryGetValue(i, out var c))
            {
                result.Add(new CodedSegment(segment, "", "", null, false, ""));
                continue;
            }
            var (id, data, end) = ids(c);
            var endText = segment.Kind == SegmentKind.Open ? codes[c].Last?.Text : null;
            result.Add(new CodedSegment(segment, id, data, end, isProtected(c), TypeOf(codes[c].First), endText));
        }
        return result;
    }

    private static List<Code> Codes(IReadOnlyList<InlineSegment> segments)
    {
        var codes = new List<Code>();
        var open = new Dictionary<int, int>();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            switch (segment.Kind)
            {
                case SegmentKind.Placeholder:
                    codes.Add(new Code(segment, i, null, null));
                    break;
                case SegmentKind.Open:
                    open[segment.Pair] = codes.Count;
                    codes.Add(new Code(segment, i, null, null));
                    break;
                case SegmentKind.Close when open.TryGetValue(segment.Pair, out var at):
                    codes[at] = codes[at] with { Last = segment, LastIndex = i };
                    break;
            }
        }
        return codes;
    }

    private sealed record Code(InlineSegment First, int FirstIndex, InlineSegment? Last, int? LastIndex)
    {
        public bool SameKind(Code other) => First.Kind == other.First.Kind && First.Structural == other.First.Structural;

        public bool SameText(Code other) => First.Text == other.First.Text && Last?.Text == other.Last?.Text;
    }
}

/// <param name="Target">Null when the unit has no target.</param>
public sealed record AssignedCodes(IReadOnlyList<CodedSegment> Source, IReadOnlyList<CodedSegment>? Target, IReadOnlyList<(string Id, string Text)> Data);
