using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using StatiqGuides.Modules.Translations.Diff;

namespace StatiqGuides.Cli;

/// <summary><c>translations diff</c> as text (for a terminal), Markdown (for an issue or pull request) or JSON.</summary>
internal static class TranslationDiffWriter
{
    public static string Text(SourceDiff diff, string sourcePath, string? translationPath)
    {
        var builder = new StringBuilder();
        builder.Append(diff.Source.Uid).Append(" (").Append(sourcePath).Append(") -> ").Append(diff.Language)
            .Append(" (").Append(translationPath ?? "no translation yet").Append(")\n");
        AppendBaseline(builder, diff);
        builder.Append(Summary(diff)).Append('\n');
        foreach (var field in diff.Fields.Where(f => f.Kind != ChangeKind.Unchanged))
        {
            builder.Append('\n').Append(field.Kind == ChangeKind.Added ? "added " : "changed ").Append(field.Key).Append('\n');
            if (field.Old is not null) builder.Append(Indent("- ", field.Old)).Append(Indent("+ ", field.New)).Append(Indent("~ ", WordText(field.Old, field.New)));
            else builder.Append(Indent("+ ", field.New));
        }
        foreach (var change in diff.Blocks.Where(b => b.Kind != ChangeKind.Unchanged))
        {
            builder.Append('\n').Append(Heading(change, diff.Source.BodyLineOffset)).Append('\n');
            switch (change.Kind)
            {
                case ChangeKind.Changed:
                    builder.Append(Indent("- ", change.Old!.Normalized)).Append(Indent("+ ", change.New!.Normalized))
                        .Append(Indent("~ ", WordText(change.Old.Normalized, change.New.Normalized)));
                    break;
                case ChangeKind.Added:
                    builder.Append(Indent("+ ", change.New!.Normalized));
                    break;
                case ChangeKind.Removed:
                    builder.Append(Indent("- ", change.Old!.Normalized));
                    break;
                default:
                    builder.Append(Indent("  ", change.New!.Normalized));
                    break;
            }
        }
        return builder.ToString();
    }

    public static string Markdown(SourceDiff diff, string sourcePath, string? translationPath)
    {
        var builder = new StringBuilder();
        builder.Append("## `").Append(diff.Source.Uid).Append("` → ").Append(diff.Language).Append("\n\n");
        builder.Append("Source `").Append(sourcePath).Append("`, translation ").Append(translationPath is null ? "none yet" : $"`{translationPath}`").Append(".\n");
        var baseline = new StringBuilder();
        AppendBaseline(baseline, diff);
        builder.Append(baseline.ToString().Replace("\n", "\n\n", StringComparison.Ordinal).TrimEnd('\n')).Append("\n\n**").Append(Summary(diff)).Append("**\n");
        foreach (var field in diff.Fields.Where(f => f.Kind != ChangeKind.Unchanged))
        {
            builder.Append("\n### ").Append(field.Kind == ChangeKind.Added ? "Added " : "Changed ").Append(field.Key).Append("\n\n");
            builder.Append("> ").Append((field.Old is null ? Html(field.New) : WordHtml(field.Old, field.New)).Replace("\n", "<br>", StringComparison.Ordinal)).Append('\n');
        }
        foreach (var change in diff.Blocks.Where(b => b.Kind != ChangeKind.Unchanged))
        {
            var heading = Heading(change, diff.Source.BodyLineOffset);
            builder.Append("\n### ").Append(char.ToUpperInvariant(heading[0])).Append(heading[1..]).Append("\n\n");
            var body = change.Kind switch
            {
                ChangeKind.Changed => WordHtml(change.Old!.Normalized, change.New!.Normalized),
                ChangeKind.Removed => "<del>" + Html(change.Old!.Normalized) + "</del>",
                ChangeKind.Added => "<ins>" + Html(change.New!.Normalized) + "</ins>",
                _ => Html(change.New!.Normalized),
            };
            builder.Append("<pre>").Append(body).Append("</pre>\n");
        }
        return builder.ToString();
    }

    public static string Json(SourceDiff diff, string sourcePath, string? translationPath, string currentHash)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("uid", diff.Source.Uid);
            writer.WriteString("language", diff.Language);
            writer.WriteString("source", sourcePath);
            WriteNullable(writer, "translation", translationPath);
            writer.WriteStartObject("source_hash");
            WriteNullable(writer, "translation", diff.TranslationHash);
            writer.WriteString("current", currentHash);
            writer.WriteEndObject();
            if (diff.Lookup.Version is { Commit.Length: > 0 } version)
            {
                writer.WriteStartObject("baseline");
                writer.WriteString("commit", version.Commit);
                writer.WriteString("date", version.CommittedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }
            else if (diff.Lookup.Version is not null)
            {
                writer.WriteStartObject("baseline");
                writer.WriteNull("commit");
                writer.WriteNull("date");
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("baseline");
            }
            WriteNullable(writer, "reason", diff.Lookup.Reason);
            var counts = diff.Counts;
            writer.WriteStartObject("changes");
            writer.WriteNumber("changed", counts.Changed);
            writer.WriteNumber("added", counts.Added);
            writer.WriteNumber("removed", counts.Removed);
            writer.WriteNumber("moved", diff.Blocks.Count(b => b.Kind == ChangeKind.Moved));
            writer.WriteNumber("unchanged", diff.Blocks.Count(b => b.Kind == ChangeKind.Unchanged));
            writer.WriteEndObject();
            writer.WriteStartArray("fields");
            foreach (var field in diff.Fields)
            {
                writer.WriteStartObject();
                writer.WriteString("key", field.Key);
                writer.WriteString("status", field.Kind.ToString().ToLowerInvariant());
                WriteNullable(writer, "old", field.Old);
                writer.WriteString("new", field.New);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("blocks");
            foreach (var change in diff.Blocks)
            {
                writer.WriteStartObject();
                writer.WriteString("status", change.KindName);
                writer.WriteString("kind", (change.New ?? change.Old)!.KindName);
                if (change.New is { } now) writer.WriteNumber("line", now.Line + diff.Source.BodyLineOffset); else writer.WriteNull("line");
                if (change.Old is { } then) writer.WriteNumber("old_line", then.Line); else writer.WriteNull("old_line");
                WriteNullable(writer, "old", change.Old?.Normalized);
                WriteNullable(writer, "new", change.New?.Normalized);
                if (change.Kind == ChangeKind.Changed)
                {
                    writer.WriteStartArray("diff");
                    foreach (var run in WordDiff.Of(change.Old!.Normalized, change.New!.Normalized))
                    {
                        writer.WriteStartObject();
                        writer.WriteString("op", run.Kind.ToString().ToLowerInvariant());
                        writer.WriteString("text", run.Text);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string Summary(SourceDiff diff)
    {
        var counts = diff.Counts;
        return $"{counts.Changed} changed, {counts.Added} added, {counts.Removed} removed, "
            + $"{diff.Blocks.Count(b => b.Kind == ChangeKind.Moved)} moved, {diff.Blocks.Count(b => b.Kind == ChangeKind.Unchanged)} unchanged";
    }

    private static void AppendBaseline(StringBuilder builder, SourceDiff diff)
    {
        if (diff.Lookup.Version is { } version)
        {
            builder.Append(version.Commit.Length == 0
                ? "The translation is current: the source has not changed since it was translated.\n"
                : $"Translated from source_hash {diff.TranslationHash} (commit {version.Commit[..Math.Min(12, version.Commit.Length)]}, {version.CommittedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}).\n");
        }
        else
        {
            builder.Append("The version translated is not known: ").Append(diff.Lookup.Reason).Append(". The whole source is shown as new.\n");
        }
    }

    /// <summary>Current lines are lines of the file; old ones lines of the old version's body.</summary>
    private static string Heading(BlockChange change, int offset)
    {
        var block = (change.New ?? change.Old)!;
        return change.Kind switch
        {
            ChangeKind.Removed => $"removed {block.KindName} (was body line {change.Old!.Line})",
            ChangeKind.Moved => $"moved {block.KindName} (line {change.New!.Line + offset}, was body line {change.Old!.Line})",
            _ => $"{change.KindName} {block.KindName} (line {change.New!.Line + offset})",
        };
    }

    private static string Indent(string prefix, string text) =>
        string.Concat(text.Split('\n').Select(line => prefix + line + "\n"));

    private static string WordText(string oldText, string newText) => string.Concat(WordDiff.Of(oldText, newText).Select(r => r.Kind switch
    {
        WordRunKind.Removed => "[-" + r.Text + "-]",
        WordRunKind.Inserted => "{+" + r.Text + "+}",
        _ => r.Text,
    }));

    private static string WordHtml(string oldText, string newText) => string.Concat(WordDiff.Of(oldText, newText).Select(r => r.Kind switch
    {
        WordRunKind.Removed => "<del>" + Html(r.Text) + "</del>",
        WordRunKind.Inserted => "<ins>" + Html(r.Text) + "</ins>",
        _ => Html(r.Text),
    }));

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name); else writer.WriteString(name, value);
    }
}
