using StatiqGuides.Modules.Translations.Blocks;

namespace StatiqGuides.Modules.Translations.Diff;

/// <summary>Matches the blocks of two versions of a body: equal text in order is unchanged, equal text out of order
/// moved, a similar block of the same kind between two matched ones changed; what is left was added or removed.</summary>
/// <remarks>Deterministic: ties go to the earliest block. The result lists the current blocks in order, each removed
/// block placed after the current block that precedes it.</remarks>
public static class BlockMatcher
{
    /// <summary>Below this word similarity two blocks are a removal and an addition, not one change.</summary>
    public const double ChangedThreshold = 0.35;

    public static IReadOnlyList<BlockChange> Match(IReadOnlyList<MarkdownBlock> oldBlocks, IReadOnlyList<MarkdownBlock> newBlocks)
    {
        ArgumentNullException.ThrowIfNull(oldBlocks);
        ArgumentNullException.ThrowIfNull(newBlocks);
        var oldText = oldBlocks.Select(b => b.Normalized).ToArray();
        var newText = newBlocks.Select(b => b.Normalized).ToArray();
        var oldFor = Enumerable.Repeat(-1, newBlocks.Count).ToArray();
        var kinds = new ChangeKind[newBlocks.Count];
        var oldUsed = new bool[oldBlocks.Count];

        foreach (var (o, n) in LongestCommonSubsequence(oldText, newText))
        {
            oldFor[n] = o;
            kinds[n] = ChangeKind.Unchanged;
            oldUsed[o] = true;
        }
        for (var n = 0; n < newBlocks.Count; n++)
        {
            if (oldFor[n] >= 0) continue;
            var o = FirstUnused(oldText, oldUsed, newText[n]);
            if (o < 0) continue;
            oldFor[n] = o;
            kinds[n] = ChangeKind.Moved;
            oldUsed[o] = true;
        }
        PairChanged(oldBlocks, newBlocks, oldFor, kinds, oldUsed);

        var changes = new List<BlockChange>();
        var nextOld = 0;
        for (var n = 0; n < newBlocks.Count; n++)
        {
            if (oldFor[n] >= 0 && kinds[n] != ChangeKind.Moved)
            {
                // Removed blocks that came before this one's old block are shown here, where they used to be.
                for (; nextOld < oldFor[n]; nextOld++) AddRemoved(changes, oldBlocks, oldUsed, nextOld);
                nextOld = Math.Max(nextOld, oldFor[n] + 1);
            }
            changes.Add(oldFor[n] >= 0
                ? new BlockChange(kinds[n], oldBlocks[oldFor[n]], newBlocks[n], oldFor[n], n)
                : new BlockChange(ChangeKind.Added, null, newBlocks[n], -1, n));
        }
        for (; nextOld < oldBlocks.Count; nextOld++) AddRemoved(changes, oldBlocks, oldUsed, nextOld);
        return changes;
    }

    /// <summary>How alike two texts are, by words: 1 for equal, 0 for nothing in common.</summary>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a == b) return 1;
        var left = Words(a);
        var right = Words(b);
        if (left.Count == 0 && right.Count == 0) return 1;
        var common = 0;
        var pool = right.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var word in left)
        {
            if (pool.TryGetValue(word, out var count) && count > 0)
            {
                pool[word] = count - 1;
                common++;
            }
        }
        return 2.0 * common / (left.Count + right.Count);
    }

    private static void AddRemoved(List<BlockChange> changes, IReadOnlyList<MarkdownBlock> oldBlocks, bool[] oldUsed, int o)
    {
        if (!oldUsed[o]) changes.Add(new BlockChange(ChangeKind.Removed, oldBlocks[o], null, o, -1));
    }

    private static int FirstUnused(string[] oldText, bool[] oldUsed, string text)
    {
        for (var o = 0; o < oldText.Length; o++) if (!oldUsed[o] && oldText[o] == text) return o;
        return -1;
    }

    /// <summary>Between two anchors (blocks matched in order), pairs each unmatched current block with the most similar
    /// unmatched old block of the same shape, keeping order.</summary>
    private static void PairChanged(IReadOnlyList<MarkdownBlock> oldBlocks, IReadOnlyList<MarkdownBlock> newBlocks, int[] oldFor, ChangeKind[] kinds, bool[] oldUsed)
    {
        var n = 0;
        var oldStart = 0;
        while (n < newBlocks.Count)
        {
            if (oldFor[n] >= 0)
            {
                if (kinds[n] == ChangeKind.Unchanged) oldStart = oldFor[n] + 1;
                n++;
                continue;
            }
            // The gap: new blocks [n, gapEnd), old blocks [oldStart, oldEnd) up to the next unchanged anchor.
            var gapEnd = n;
            while (gapEnd < newBlocks.Count && !(oldFor[gapEnd] >= 0 && kinds[gapEnd] == ChangeKind.Unchanged)) gapEnd++;
            var oldEnd = gapEnd < newBlocks.Count ? oldFor[gapEnd] : oldBlocks.Count;
            var floor = oldStart;
            for (var i = n; i < gapEnd; i++)
            {
                if (oldFor[i] >= 0) continue;
                var best = -1;
                var bestScore = ChangedThreshold;
                for (var o = floor; o < oldEnd; o++)
                {
                    if (oldUsed[o] || !oldBlocks[o].SameShape(newBlocks[i])) continue;
                    var score = Similarity(oldBlocks[o].Normalized, newBlocks[i].Normalized);
                    if (score > bestScore)
                    {
                        best = o;
                        bestScore = score;
                    }
                }
                if (best < 0) continue;
                oldFor[i] = best;
                kinds[i] = ChangeKind.Changed;
                oldUsed[best] = true;
                floor = best + 1;
            }
            n = gapEnd;
        }
    }

    private static List<string> Words(string text) =>
        [.. text.Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Above this many cells the middle of two bodies is not aligned (a hostile or huge file): its blocks are
    /// then matched by position only, which keeps the work bounded.</summary>
    private const long MaxCells = 4_000_000;

    private static List<(int Old, int New)> LongestCommonSubsequence(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && string.Equals(a[prefix], b[prefix], StringComparison.Ordinal)) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix
            && string.Equals(a[a.Length - 1 - suffix], b[b.Length - 1 - suffix], StringComparison.Ordinal)) suffix++;
        var result = new List<(int, int)>();
        for (var i = 0; i < prefix; i++) result.Add((i, i));
        var middleA = a[prefix..(a.Length - suffix)];
        var middleB = b[prefix..(b.Length - suffix)];
        if ((long)middleA.Length * middleB.Length <= MaxCells)
        {
            result.AddRange(Middle(middleA, middleB).Select(p => (p.Old + prefix, p.New + prefix)));
        }
        for (var i = suffix; i > 0; i--) result.Add((a.Length - i, b.Length - i));
        return result;
    }

    private static List<(int Old, int New)> Middle(string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }
        var pairs = new List<(int, int)>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (string.Equals(a[x], b[y], StringComparison.Ordinal)) { pairs.Add((x, y)); x++; y++; }
            else if (lengths[x + 1, y] >= lengths[x, y + 1]) x++;
            else y++;
        }
        return pairs;
    }
}
