using System.Text;
using System.Text.Json;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Cli;

/// <summary>check --format json: an array of {file, line, column, severity, code, message} (SPEC §3).</summary>
internal static class DiagnosticJson
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var diagnostic in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("file", diagnostic.Location.Path);
                writer.WriteNumber("line", diagnostic.Location.Line);
                writer.WriteNumber("column", diagnostic.Location.Column);
                writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
                writer.WriteString("code", diagnostic.Code);
                writer.WriteString("message", diagnostic.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
