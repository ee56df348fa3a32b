using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Sources;

/// <summary>Splits "---\nYAML\n---\nbody" into its two parts.</summary>
public static class FrontMatterSplitter
{
    public static SourceText? Split(string text, SourceFile file, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var firstEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = firstEnd < 0 ? text : text[..firstEnd];
        if (firstLine.TrimEnd() != "---")
        {
            diagnostics.Report(DiagnosticCodes.MissingFrontMatter, SourceLocation.StartOf(file.DisplayPath),
                "the file has no front matter: its first line must be '---'");
            return null;
        }
        var position = firstEnd + 1;
        var line = 2;
        while (firstEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = end < 0 ? text[position..] : text[position..end];
            if (current.TrimEnd() is "---" or "...")
            {
                var yaml = text[(firstEnd + 1)..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new SourceText(file, yaml, 1, body, line);
            }
            if (end < 0) break;
            position = end + 1;
            line++;
        }
        diagnostics.Report(DiagnosticCodes.MissingFrontMatter, SourceLocation.StartOf(file.DisplayPath),
            "the front matter is not closed by a line '---'");
        return null;
    }
}
