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
                if (item.Section is null) writer.WriteNull("section"); else writer.WriteString("section", item.Section);
                if (item.Hub is null) writer.WriteNull("hub"); else writer.WriteString("hub", item.Hub);
                writer.WriteStartObject("translations");
                foreach (var language in report.Languages)
                {
                    var state = item.Translations[language];
                    writer.WriteStartObject(language);
                    writer.WriteString("status", state.StatusName);
                    if (state.File is null) writer.WriteNull("file"); else writer.WriteString("file", state.File);
                    if (state.Changes is { } changes)
                    {
                        writer.WriteStartObject("changes");
                        writer.WriteNumber("changed", changes.Changed);
                        writer.WriteNumber("added", changes.Added);
                        writer.WriteNumber("removed", changes.Removed);
                        writer.WriteEndObject();
                    }
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
                writer.WriteNumber("untranslated", report.Count(language, TranslationStatus.Untranslated));
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
                .Append(report.Count(language, TranslationStatus.Missing)).Append(" missing")
                .Append(report.Count(language, TranslationStatus.Untranslated) is var untranslated and > 0 ? $", {untranslated} untranslated" : "").Append('\n');
            foreach (var item in report.Items.Where(i => i.Translations[language].Status != TranslationStatus.Current))
            {
                var state = item.Translations[language];
                builder.Append("  ").Append((state.StatusName + " ").PadRight(9)).Append(item.Kind.PadRight(11)).Append(item.Uid)
                    .Append("  ").Append(state.File ?? item.Source).Append(Changes(state, "  ")).Append('\n');
            }
        }
        return builder.ToString();
    }

    /// <summary>" (3 changed, 1 added, 0 removed)" for an outdated translation whose change is known.</summary>
    public static string Changes(TranslationState state, string separator) => state.Changes is { } c
        ? $"{separator}({c.Changed} changed, {c.Added} added, {c.Removed} removed)"
        : "";

    public static string Markdown(TranslationReport report)
    {
        var builder = new StringBuilder("# Translation status\n\n| language | current | outdated | missing | untranslated |\n|---|---:|---:|---:|---:|\n");
        foreach (var language in report.Languages)
        {
            builder.Append("| ").Append(language).Append(" | ").Append(report.Count(language, TranslationStatus.Current))
                .Append(" | ").Append(report.Count(language, TranslationStatus.Outdated))
                .Append(" | ").Append(report.Count(language, TranslationStatus.Missing))
                .Append(" | ").Append(report.Count(language, TranslationStatus.Untranslated)).Append(" |\n");
        }
        builder.Append("\n| uid | kind |");
        foreach (var language in report.Languages) builder.Append(' ').Append(language).Append(" |");
        builder.Append("\n|---|---|").Append(string.Concat(report.Languages.Select(_ => "---|"))).Append('\n');
        foreach (var item in report.Items)
        {
            builder.Append("| `").Append(item.Uid).Append("` | ").Append(item.Kind).Append(" |");
            foreach (var language in report.Languages)
            {
                builder.Append(' ').Append(item.Translations[language].StatusName).Append(Changes(item.Translations[language], " ")).Append(" |");
            }
            builder.Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>A standalone HTML page: per language and section, every item that is not current, linked to its file.</summary>
    public static string Html(TranslationReport report)
    {
        var builder = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"robots\" content=\"noindex\">\n<title>Translation status</title>\n</head>\n<body>\n<h1>Translation status</h1>\n");
        foreach (var language in report.Languages)
        {
            builder.Append("<h2 id=\"lang-").Append(E(language)).Append("\">").Append(E(language)).Append(": ")
                .Append(report.Count(language, TranslationStatus.Current)).Append(" current, ")
                .Append(report.Count(language, TranslationStatus.Outdated)).Append(" outdated, ")
                .Append(report.Count(language, TranslationStatus.Missing)).Append(" missing, ")
                .Append(report.Count(language, TranslationStatus.Untranslated)).Append(" untranslated</h2>\n");
            foreach (var section in report.Items.GroupBy(i => i.Section ?? "(pages)").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                builder.Append("<h3>").Append(E(section.Key)).Append("</h3>\n<table>\n<thead><tr><th scope=\"col\">uid</th><th scope=\"col\">kind</th><th scope=\"col\">status</th><th scope=\"col\">file</th></tr></thead>\n<tbody>\n");
                foreach (var item in section)
                {
                    var state = item.Translations[language];
                    builder.Append("<tr data-status=\"").Append(state.StatusName).Append("\"><td>").Append(E(item.Uid)).Append("</td><td>").Append(item.Kind)
                        .Append("</td><td>").Append(state.StatusName).Append(E(Changes(state, " "))).Append("</td><td>").Append(E(state.File ?? item.Source)).Append("</td></tr>\n");
                }
                builder.Append("</tbody>\n</table>\n");
            }
        }
        return builder.Append("</body>\n</html>\n").ToString();
    }

    private static string E(string text) => System.Net.WebUtility.HtmlEncode(text);
}
