using System.Collections.Concurrent;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Core.Caching;

/// <summary>Passes diagnostics on to the build's sink and remembers them, so a cached result can report them again.</summary>
internal sealed class RecordingSink(IDiagnosticSink inner) : IDiagnosticSink
{
    private readonly ConcurrentQueue<Diagnostic> _recorded = new();

    public IReadOnlyList<Diagnostic> Recorded => [.. _recorded];

    public bool HasErrors => inner.HasErrors;

    public void Report(Diagnostic diagnostic)
    {
        _recorded.Enqueue(diagnostic);
        inner.Report(diagnostic);
    }
}
