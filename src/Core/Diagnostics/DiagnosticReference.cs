using System.Text;
using System.Text.RegularExpressions;

namespace StatiqGuides.Core.Diagnostics;

/// <summary>The catalogue as the Markdown table of the README's "Diagnostics" section: code, severity, message, fix.
/// A test keeps the README equal to it, so the list cannot fall behind the catalogue.</summary>
public static partial class DiagnosticReference
{
    public const string Start = "<!-- diagnostics:start (generated from DiagnosticCodes.cs: UPDATE_DOCS=1 dotnet test --filter DiagnosticReference) -->";
    public const string End = "<!-- diagnostics:end -->";

    public static string Markdown(IEnumerable<DiagnosticCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var builder = new StringBuilder(Start).Append("\n\n| code | severity | message | how to fix it |\n|---|---|---|---|\n");
        foreach (var code in codes.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            builder.Append("| ").Append(code.Code).Append(" | ").Append(code.Severity.ToString().ToLowerInvariant())
                .Append(" | ").Append(Cell(Placeholder().Replace(code.MessageFormat, "…")))
                .Append(" | ").Append(Cell(code.Fix)).Append(" |\n");
        }
        return builder.Append('\n').Append(End).ToString();
    }

    /// <summary>A table cell: bars escaped, and angle brackets too, since Markdown would take <c>&lt;lang&gt;</c> for HTML.</summary>
    public static string Cell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
