using StatiqGuides.Core.Diagnostics;
using Xunit.Sdk;

namespace StatiqGuides.Tests.Testing;

/// <summary>Assertions whose failure message shows whole lists, one item per line, since diagnostics are long strings
/// that xunit's collection diff would cut.</summary>
public static class Expect
{
    /// <summary>The diagnostics are exactly <paramref name="expected"/>, in order (<c>path:line:col: severity code: message</c>).</summary>
    public static void Diagnostics(IEnumerable<Diagnostic> actual, params string[] expected) =>
        Lines(DiagnosticLines.Of(actual), expected, "diagnostics");

    public static void Diagnostics(CheckRun run, params string[] expected)
    {
        ArgumentNullException.ThrowIfNull(run);
        Diagnostics(run.Diagnostics, expected);
    }

    public static void NoDiagnostics(IEnumerable<Diagnostic> actual) => Diagnostics(actual);

    public static void Lines(IEnumerable<string> actual, IReadOnlyList<string> expected, string what = "lines")
    {
        var list = actual.ToList();
        if (list.SequenceEqual(expected, StringComparer.Ordinal)) return;
        throw new XunitException(
            $"Unexpected {what}.\nExpected ({expected.Count}):\n{Indent(expected)}\nActual ({list.Count}):\n{Indent(list)}");
    }

    private static string Indent(IEnumerable<string> lines) =>
        string.Join('\n', lines.Select(l => "  " + l)) is { Length: > 0 } text ? text : "  (none)";
}
