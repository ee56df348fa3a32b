using System.Text;

namespace StatiqGuides.Tests.Testing;

/// <summary>A unified diff of two texts, line by line (longest common subsequence), with a few lines of context:
/// what a golden test prints when a page changed.</summary>
public static class LineDiff
{
    public static string Unified(string expected, string actual, string expectedName = "expected", string actualName = "actual", int context = 3)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var edits = Edits(a, b);
        var output = new StringBuilder().Append("--- ").Append(expectedName).Append('\n').Append("+++ ").Append(actualName).Append('\n');
        var changed = edits.Select((e, i) => (e, i)).Where(x => x.e.Kind != ' ').Select(x => x.i).ToList();
        var shown = 0;
        while (shown < changed.Count)
        {
            var start = Math.Max(0, changed[shown] - context);
            var end = changed[shown];
            while (shown < changed.Count && changed[shown] - end <= 2 * context)
            {
                end = changed[shown++];
            }
            end = Math.Min(edits.Count - 1, end + context);
            output.Append("@@ expected line ").Append(edits[start].ExpectedLine + 1).Append(", actual line ").Append(edits[start].ActualLine + 1).Append(" @@\n");
            for (var i = start; i <= end; i++)
            {
                output.Append(edits[i].Kind).Append(edits[i].Text).Append('\n');
            }
        }
        return output.ToString();
    }

    private readonly record struct Edit(char Kind, string Text, int ExpectedLine, int ActualLine);

    private static List<Edit> Edits(string[] a, string[] b)
    {
        // lengths[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }
        var edits = new List<Edit>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) edits.Add(new Edit(' ', a[x], x++, y++));
            else if (x < a.Length && (y == b.Length || lengths[x + 1, y] >= lengths[x, y + 1])) edits.Add(new Edit('-', a[x], x++, y));
            else edits.Add(new Edit('+', b[y], x, y++));
        }
        return edits;
    }
}
