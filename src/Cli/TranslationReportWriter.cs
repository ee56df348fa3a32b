using System.Text;
using System.Text.Json;
using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Translations;

namespace StatiqGuides.Cli;

/// <summary>The <c>translations</c> report as JSON (the shape SPEC §3 fixes), plain text, or a Markdown table.</summary>
internal static class TranslationReportWriter
{
    public static string Json(TranslationReport report)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("languages");
            foreach (var language in report.Languages) writer.WriteStringValue(language);
            writer.WriteEndArray();
            writer.WriteStartArray("items");
            foreach (var item in report.Items)
            {
                writer.WriteStartObject();
                writer.WriteString("uid", item.Uid);
                writer.WriteString("kind", item.Kind);
                writer.WriteString("source", item.Source);
                writer.WriteStartObject("translations");
                foreach (var language in report.Languages)
                {
                    var state = item.Translations[language];
                    writer.WriteStartObject(language);
                    writer.WriteString("status", state.StatusName);
                    if (state.File is null) writer.WriteNull("file"); else writer.WriteString("file", state.File);
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            foreach (var language in report.Languages)
            {
                writer.WriteStartObject(language);
                writer.WriteNumber("current", report.Count(language, TranslationStatus.Current));
                writer.WriteNumber("outdated", report.Count(language, TranslationStatus.Outdated));
                writer.WriteNumber("missing", report.Count(language, TranslationStatus.Missing));
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string Text(TranslationReport report)
    {
        var builder = new StringBuilder();
        foreach (var language in report.Languages)
        {
            builder.Append(language).Append(": ")
                .Append(report.Count(language, TranslationStatus.Current)).Append(" current, ")
                .Append(report.Count(language, TranslationStatus.Outdated)).Append(" outdated, ")
                .Append(report.Count(language, TranslationStatus.Missing)).Append(" missing\n");
            foreach (var item in report.Items.Where(i => i.Translations[language].Status != TranslationStatus.Current))
            {
                var state = item.Translations[language];
                builder.Append("  ").Append(state.StatusName.PadRight(9)).Append(item.Kind.PadRight(11)).Append(item.Uid)
                    .Append("  ").Append(state.File ?? item.Source).Append('\n');
            }
        }
        return builder.ToString();
    }

    public static string Markdown(TranslationReport report)
    {
        var builder = new StringBuilder("# Translation status\n\n| language | current | outdated | missing |\n|---|---:|---:|---:|\n");
        foreach (var language in report.Languages)
        {
            builder.Append("| ").Append(language).Append(" | ").Append(report.Count(language, TranslationStatus.Current))
                .Append(" | ").Append(report.Count(language, TranslationStatus.Outdated))
                .Append(" | ").Append(report.Count(language, TranslationStatus.Missing)).Append(" |\n");
        }
        builder.Append("\n| uid | kind |");
        foreach (var language in report.Languages) builder.Append(' ').Append(language).Append(" |");
        builder.Append("\n|---|---|").Append(string.Concat(report.Languages.Select(_ => "---|"))).Append('\n');
        foreach (var item in report.Items)
        {
            builder.Append("| `").Append(item.Uid).Append("` | ").Append(item.Kind).Append(" |");
            foreach (var language in report.Languages)
            {
                builder.Append(' ').Append(item.Translations[language].StatusName).Append(" |");
            }
            builder.Append('\n');
        }
        return builder.ToString();
    }
}
