namespace StatiqGuides.Core.Diagnostics;

/// <summary>Where modules report problems in user content.</summary>
/// <remarks>Implementations are thread-safe: modules report from parallel loops.</remarks>
public interface IDiagnosticSink
{
    void Report(Diagnostic diagnostic);

    /// <summary>True once any error has been reported.</summary>
    bool HasErrors { get; }
}

public static class DiagnosticSinkExtensions
{
    public static void Report(this IDiagnosticSink sink, DiagnosticCode code, SourceLocation location, params object?[] args) =>
        sink.Report(Diagnostic.Create(code, location, args));
}
