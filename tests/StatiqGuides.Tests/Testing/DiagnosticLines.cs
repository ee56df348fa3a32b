using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Build;

namespace StatiqGuides.Tests.Testing;

/// <summary>Diagnostics as the CLI prints them (<c>path:line:col: severity code: message</c>), for assertions that
/// show the whole list when they fail.</summary>
public static class DiagnosticLines
{
    public static IReadOnlyList<string> Lines(this BuildResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Of(result.Diagnostics);
    }

    public static IReadOnlyList<string> Of(IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Select(d => d.ToString())];
}
