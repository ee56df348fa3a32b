using System.Text;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Core.Content;

/// <summary>The schemas as the Markdown tables of docs/content-reference.md; a test keeps the file equal to it.</summary>
public static class ContentReference
{
    public const string Start = "<!-- keys:start (generated from ContentFields.cs, ContentKind.cs and ContentSchemas.cs: UPDATE_DOCS=1 dotnet test --filter ContentReference) -->";
    public const string End = "<!-- keys:end -->";

    public static string Markdown(IEnumerable<FileSchema> schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        var builder = new StringBuilder(Start).Append('\n');
        foreach (var schema in schemas)
        {
            builder.Append("\n### ").Append(schema.Name).Append("\n\n`").Append(schema.Where).Append("`\n\n")
                .Append("| key | value | required | meaning |\n|---|---|---|---|\n");
            foreach (var field in schema.Fields)
            {
                builder.Append("| `").Append(field.Key).Append("` | ").Append(DiagnosticReference.Cell(field.Type))
                    .Append(" | ").Append(DiagnosticReference.Cell(field.Required))
                    .Append(" | ").Append(DiagnosticReference.Cell(field.Meaning)).Append(" |\n");
            }
        }
        return builder.Append('\n').Append(End).ToString();
    }
}
