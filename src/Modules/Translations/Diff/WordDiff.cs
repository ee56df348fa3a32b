using DiffPlex;
using DiffPlex.Chunkers;

namespace StatiqGuides.Modules.Translations.Diff;

/// <summary>A word-level diff of two texts (DiffPlex), as runs of kept, removed and inserted text.</summary>
public static class WordDiff
{
    public static IReadOnlyList<WordRun> Of(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var result = Differ.Instance.CreateDiffs(oldText, newText, false, false, new WordChunker());
        var runs = new List<WordRun>();
        var a = 0;
        var b = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(runs, WordRunKind.Same, result.PiecesOld, a, block.DeleteStartA - a);
            Add(runs, WordRunKind.Removed, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(runs, WordRunKind.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }
        Add(runs, WordRunKind.Same, result.PiecesOld, a, result.PiecesOld.Count - a);
        return runs;
    }

    private static void Add(List<WordRun> runs, WordRunKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0) return;
        var text = string.Concat(pieces.Skip(start).Take(count));
        if (runs.Count > 0 && runs[^1].Kind == kind) runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        else runs.Add(new WordRun(kind, text));
    }
}

public enum WordRunKind
{
    Same,
    Removed,
    Inserted,
}

public sealed record WordRun(WordRunKind Kind, string Text);
