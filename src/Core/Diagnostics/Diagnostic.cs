using System.Globalization;

namespace StatiqGuides.Core.Diagnostics;

/// <summary>A problem found in user content, theme or settings, with its place.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    public static Diagnostic Create(DiagnosticCode code, SourceLocation location, params object?[] args) =>
        new(code.Severity, code.Code, DisplayText.Escape(string.Format(CultureInfo.InvariantCulture, code.MessageFormat, args)),
            location with { Path = DisplayText.Escape(location.Path) });

    /// <summary>The order in which diagnostics are printed: by file, then position, then code.</summary>
    public static int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var byPath = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (byPath != 0) return byPath;
        var byLine = x.Location.Line.CompareTo(y.Location.Line);
        if (byLine != 0) return byLine;
        var byColumn = x.Location.Column.CompareTo(y.Location.Column);
        if (byColumn != 0) return byColumn;
        var byCode = string.CompareOrdinal(x.Code, y.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(x.Message, y.Message);
    }

    public override string ToString() =>
        $"{DisplayText.Escape(Location.ToString())}: {Severity.ToString().ToLowerInvariant()} {Code}: {DisplayText.Escape(Message)}";
}
