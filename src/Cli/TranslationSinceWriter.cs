using System.Globalization;
using System.Text;
using System.Text.Json;
using StatiqGuides.Modules.Translations;
using StatiqGuides.Modules.Translations.Diff;

namespace StatiqGuides.Cli;

/// <summary><c>translations --since REF</c> as Markdown (the pull-request comment), plain text or JSON.</summary>
/// <remarks>Titles come from content authors: in Markdown they are escaped so a title cannot close a table cell, open
/// a link or inject HTML into the comment.</remarks>
internal static class TranslationSinceWriter
{
    public static string Markdown(SinceReport report, string invocation)
    {
        ArgumentNullException.ThrowIfNull(report);
        var builder = new StringBuilder("## Translations\n\n");
        builder.Append(Summary(report, code: true)).Append("\n\n");
        if (report.Outdated.Count > 0)
        {
            builder.Append("### Made outdated\n\n| page | language | translation | changed | added | removed |\n|---|---|---|---:|---:|---:|\n");
            foreach (var item in report.Outdated)
            {
                builder.Append("| ").Append(Page(item.Title, item.Uid, item.Kind)).Append(" | ").Append(item.Language)
                    .Append(" | `").Append(Code(item.File)).Append("` | ").Append(Count(item.Changes, c => c.Changed))
                    .Append(" | ").Append(Count(item.Changes, c => c.Added)).Append(" | ").Append(Count(item.Changes, c => c.Removed)).Append(" |\n");
            }
            var first = report.Outdated[0];
            builder.Append("\nTo see what changed, block by block: `").Append(invocation).Append(" translations diff ").Append(Code(first.Uid))
                .Append(" --lang ").Append(first.Language).Append("`. A source edit that needs no retranslation (a typo) is recorded with `")
                .Append(invocation).Append(" translations accept ").Append(Code(first.Uid)).Append(" --lang ").Append(first.Language)
                .Append("`, committed in this pull request.\n\n");
        }
        if (report.NewPages.Count > 0)
        {
            builder.Append(report.Commit is null ? "### Without a translation\n\n" : "### New, with no translation yet\n\n")
                .Append("| page | source | missing |\n|---|---|---|\n");
            foreach (var page in report.NewPages)
            {
                builder.Append("| ").Append(Page(page.Title, page.Uid, page.Kind)).Append(" | `").Append(Code(page.Source)).Append("` | ")
                    .Append(string.Join(", ", page.Missing)).Append(" |\n");
            }
            builder.Append('\n');
        }
        if (report.UpToDate.Count > 0)
        {
            builder.Append("### Brought up to date\n\n| page | language | translation | how |\n|---|---|---|---|\n");
            foreach (var item in report.UpToDate)
            {
                builder.Append("| ").Append(Page(item.Title, item.Uid, item.Kind)).Append(" | ").Append(item.Language).Append(" | `")
                    .Append(Code(item.File)).Append("` | ").Append(How(item.How)).Append(" |\n");
            }
            builder.Append('\n');
        }
        if (report.StillOutdated.Values.Sum() > 0)
        {
            builder.Append("Already outdated before this change, and still: ")
                .Append(string.Join(", ", report.StillOutdated.Where(s => s.Value > 0).Select(s => $"{s.Key} {s.Value}"))).Append(".\n");
        }
        return builder.ToString().TrimEnd('\n') + "\n";
    }

    public static string Text(SinceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var builder = new StringBuilder(Summary(report, code: false)).Append('\n');
        foreach (var item in report.Outdated)
        {
            builder.Append("  outdated  ").Append(item.Language).Append("  ").Append(item.Uid).Append("  ").Append(item.File)
                .Append(item.Changes is { } c ? $"  ({c.Changed} changed, {c.Added} added, {c.Removed} removed)" : "").Append('\n');
        }
        foreach (var page in report.NewPages)
        {
            builder.Append("  untranslated  ").Append(page.Uid).Append("  ").Append(page.Source).Append("  missing: ").Append(string.Join(", ", page.Missing)).Append('\n');
        }
        foreach (var item in report.UpToDate)
        {
            builder.Append("  current   ").Append(item.Language).Append("  ").Append(item.Uid).Append("  ").Append(item.File).Append("  (").Append(How(item.How)).Append(")\n");
        }
        return builder.ToString();
    }

    public static string Json(SinceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("since", report.Reference);
            if (report.Commit is null) writer.WriteNull("commit"); else writer.WriteString("commit", report.Commit);
            if (report.Reason is null) writer.WriteNull("reason"); else writer.WriteString("reason", report.Reason);
            writer.WriteStartArray("languages");
            foreach (var language in report.Languages) writer.WriteStringValue(language);
            writer.WriteEndArray();
            WriteTranslations(writer, "outdated", report.Outdated);
            writer.WriteStartArray("new");
            foreach (var page in report.NewPages)
            {
                writer.WriteStartObject();
                writer.WriteString("uid", page.Uid);
                writer.WriteString("kind", page.Kind);
                writer.WriteString("source", page.Source);
                writer.WriteStartArray("missing");
                foreach (var language in page.Missing) writer.WriteStringValue(language);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            WriteTranslations(writer, "current", report.UpToDate);
            writer.WriteStartObject("still_outdated");
            foreach (var (language, count) in report.StillOutdated) writer.WriteNumber(language, count);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteTranslations(Utf8JsonWriter writer, string name, IReadOnlyList<SinceTranslation> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("uid", item.Uid);
            writer.WriteString("kind", item.Kind);
            writer.WriteString("language", item.Language);
            writer.WriteString("source", item.Source);
            writer.WriteString("file", item.File);
            if (item.How is { } how) writer.WriteString("how", how);
            if (item.Changes is { } c)
            {
                writer.WriteStartObject("changes");
                writer.WriteNumber("changed", c.Changed);
                writer.WriteNumber("added", c.Added);
                writer.WriteNumber("removed", c.Removed);
                writer.WriteEndObject();
            }
            else if (item.How is null)
            {
                writer.WriteNull("changes");
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static string Summary(SinceReport report, bool code)
    {
        var reference = code ? $"`{Code(report.Reference)}`" : $"'{report.Reference}'";
        if (report.Commit is null)
        {
            return $"This change cannot be compared with {reference}: {report.Reason}. Every outdated translation and every page without a translation is listed instead.";
        }
        var since = $"Since {reference} ({report.Commit[..Math.Min(12, report.Commit.Length)]})";
        if (report.AffectsNothing) return $"{since}, no translation is made outdated, brought up to date or missing for a new page.";
        var parts = new List<string>();
        if (report.Outdated.Count > 0) parts.Add($"{Plural(report.Outdated.Count, "translation")} made outdated");
        if (report.NewPages.Count > 0) parts.Add($"{Plural(report.NewPages.Count, "new page")} with no translation yet");
        if (report.UpToDate.Count > 0) parts.Add($"{Plural(report.UpToDate.Count, "translation")} brought up to date");
        return $"{since}: {string.Join("; ", parts)}.";
    }

    private static string Plural(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    private static string How(string? how) => how switch
    {
        "accepted" => "accepted (only source_hash changed: the source edit needs no retranslation)",
        "new" => "new translation",
        _ => "translated",
    };

    private static string Count(ChangeCounts? changes, Func<ChangeCounts, int> count) =>
        changes is { } c ? count(c).ToString(CultureInfo.InvariantCulture) : "?";

    /// <summary>"Title (`uid`, guide)", the title escaped for a table cell.</summary>
    private static string Page(string title, string uid, string kind) => $"{Cell(title)} (`{Code(uid)}`, {kind})";

    private static string Cell(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!' or '~': builder.Append('\\').Append(c); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>Text inside a code span: a backtick would end it, a pipe would end the table cell.</summary>
    private static string Code(string text) => text.Replace('`', '\'').Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
