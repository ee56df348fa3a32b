using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Cli;

/// <summary>Diagnostics with the same code and message, wherever they are, as one group: the text output prints a
/// problem once with a count, not 92 times.</summary>
internal sealed record DiagnosticGroup(Diagnostic First, IReadOnlyList<SourceLocation> Others)
{
    /// <summary>The groups in the order of their first diagnostic (the input is already sorted).</summary>
    public static IReadOnlyList<DiagnosticGroup> Of(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var order = new List<(Diagnostic First, List<SourceLocation> Others)>();
        var index = new Dictionary<(string Code, string Message), int>();
        foreach (var diagnostic in diagnostics)
        {
            if (index.TryGetValue((diagnostic.Code, diagnostic.Message), out var at))
            {
                order[at].Others.Add(diagnostic.Location);
                continue;
            }
            index[(diagnostic.Code, diagnostic.Message)] = order.Count;
            order.Add((diagnostic, []));
        }
        return [.. order.Select(g => new DiagnosticGroup(g.First, g.Others))];
    }

    private const int ListedPlaces = 5;

    /// <summary>"and 3 more: a.md:1:1, b.md:2:1, c.md:3:1", or null for a diagnostic met once.</summary>
    public string? MoreText()
    {
        if (Others.Count == 0) return null;
        var listed = string.Join(", ", Others.Take(ListedPlaces));
        return $"and {Others.Count} more like it: {listed}{(Others.Count > ListedPlaces ? ", …" : "")}";
    }
}
