using System.Text;
using System.Text.Json;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Pages;
using StatiqGuides.Modules.Templates;
using StatiqGuides.Modules.Translations;
using StatiqGuides.Modules.Translations.Status;

namespace StatiqGuides.Cli;

/// <summary>The <c>translations</c> report as JSON (the shape SPEC §3 fixes), plain text, a Markdown table, or the
/// translation status page.</summary>
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

    /// <summary>The site's translation status page as a standalone document (<see cref="StatusPageHtml"/>, the same
    /// renderer as <c>/translation-status/</c>), in the default language's UI strings, links absolute so the file works
    /// wherever it is saved.</summary>
    public static string Html(SiteCatalog catalog, TranslationReport report, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var settings = catalog.Settings;
        // The build reports what is wrong with the theme's strings; here a missing one shows its key.
        var strings = UiStringsReader.Read(new ThemeFiles(options), settings, new BuildContext(options, new DiagnosticBag()));
        string T(string key) => strings.GetOrKey(settings.DefaultLanguage, key);
        var urls = new SiteUrls(settings.BaseUrl, LinkStyle.Absolute);
        var page = new StatusPageBuilder(catalog, settings.DefaultLanguage, urls.Absolute,
            code => strings.Find(settings.DefaultLanguage, "language_names." + code) ?? ViewFactory.LanguageName(code),
            new RepositoryLinks(settings.Repository, options.InputDirectory), T).Build(report);
        return new StatusPageHtml(T).Document(page, settings.DefaultLanguage);
    }
}
