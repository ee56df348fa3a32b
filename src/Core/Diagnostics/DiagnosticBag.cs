using System.Collections.Concurrent;

namespace StatiqGuides.Core.Diagnostics;

/// <summary>Collects diagnostics from every module of one build.</summary>
/// <remarks>Thread-safe. Duplicate reports (the same code, place and message) are kept once.</remarks>
public sealed class DiagnosticBag : IDiagnosticSink
{
    private readonly ConcurrentDictionary<Diagnostic, byte> _items = new();

    public void Report(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _items.TryAdd(diagnostic, 0);
    }

    public bool HasErrors => _items.Keys.Any(d => d.Severity == Severity.Error);

    public int Count(Severity severity) => _items.Keys.Count(d => d.Severity == severity);

    /// <summary>Every diagnostic, in a stable order (file, line, column, code).</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var list = _items.Keys.ToList();
        list.Sort(Diagnostic.Compare);
        return list;
    }
}
