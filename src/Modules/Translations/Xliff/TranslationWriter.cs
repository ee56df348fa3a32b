using System.Text;
using StatiqGuides.Modules.Translations.Blocks;

namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>Writes a translation file from a plan and its translated units. Every unit whose text is unchanged keeps
/// its bytes; what lies between two blocks that were neighbours in the translation is kept too, so an import with no
/// edit gives back the file it started from.</summary>
public static class TranslationWriter
{
    public static RebuiltTranslation Rebuild(DocumentPlan plan, IReadOnlyDictionary<string, (string Text, bool Done)> targets)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(targets);
        var translation = plan.TranslationBody;
        var lineEnding = translation?.LineEnding ?? "\n";
        var body = plan.WholeDocument ? WholeBody(plan, targets, lineEnding) : BlockBody(plan, targets, lineEnding);
        var allDone = plan.Units.All(u => targets.TryGetValue(u.Id, out var t) ? t.Done : !u.NeedsTranslation);
        var edited = plan.Units.Any(u => targets.TryGetValue(u.Id, out var t) && t.Text != Previous(u));
        var title = Target(plan, targets, "title");
        var summary = Target(plan, targets, "summary");
        if (plan.TranslationText is { } existing)
        {
            // Nothing edited and not complete: the file stays as it is, still outdated (the export carried drafts).
            if (!allDone && !edited) return new RebuiltTranslation(existing, TranslationAlignment.RawBody(existing), false);
            var front = FrontMatterText.Split(existing);
            if (title is not null && title != plan.Translation?.FrontMatter.Title) front = front.With("title", TranslationScaffold.Quote(title));
            if (summary is not null && summary != plan.Translation?.FrontMatter.Summary) front = front.With("summary", TranslationScaffold.Quote(summary));
            if (allDone && plan.Translation?.FrontMatter.SourceHash != plan.SourceHash) front = front.With("source_hash", plan.SourceHash);
            front = front with { Body = body };
            return new RebuiltTranslation(front.ToString(), body, allDone);
        }
        var builder = new StringBuilder("---\n");
        builder.Append("title: ").Append(TranslationScaffold.Quote(title ?? plan.Source.Title)).Append('\n');
        builder.Append("summary: ").Append(TranslationScaffold.Quote(summary ?? plan.Source.Summary)).Append('\n');
        if (plan.Source.FrontMatter.Uid is { } uid) builder.Append("uid: ").Append(TranslationScaffold.Quote(uid.Value)).Append('\n');
        if (allDone) builder.Append("source_hash: ").Append(plan.SourceHash).Append('\n');
        builder.Append("---\n").Append(body);
        return new RebuiltTranslation(builder.ToString(), body, allDone);
    }

    private static string? Target(DocumentPlan plan, IReadOnlyDictionary<string, (string Text, bool Done)> targets, string id) =>
        targets.TryGetValue(id, out var target) ? target.Text : null;

    private static string Previous(UnitPlan unit) => unit.Target is null ? "\0" : XliffExporter.Normalize(string.Concat(unit.Target.Select(s => s.Text)));

    private static string WholeBody(DocumentPlan plan, IReadOnlyDictionary<string, (string Text, bool Done)> targets, string lineEnding)
    {
        var original = plan.TranslationBody?.Text ?? plan.SourceBody.Text;
        if (!targets.TryGetValue("body", out var target)) return original;
        var start = original.Length - original.TrimStart().Length;
        var end = original.TrimEnd().Length;
        var middle = end > start ? original[start..end] : "";
        var text = XliffExporter.Normalize(middle) == target.Text ? middle : WithLineEnding(target.Text, lineEnding);
        return original[..start] + text + (end >= start ? original[end..] : "");
    }

    private static string BlockBody(DocumentPlan plan, IReadOnlyDictionary<string, (string Text, bool Done)> targets, string lineEnding)
    {
        var source = plan.SourceBody;
        var translation = plan.TranslationBody;
        var units = plan.Units.Where(u => u.SourceBlock >= 0).OrderBy(u => u.SourceBlock).ToList();
        var skeleton = translation is { Blocks.Count: > 0 } ? translation : source;
        if (units.Count == 0) return translation?.Text ?? source.Text;
        var builder = new StringBuilder();
        builder.Append(skeleton.Blocks.Count > 0 ? skeleton.Text[..skeleton.Blocks[0].Start] : "");
        UnitPlan? previous = null;
        foreach (var unit in units)
        {
            if (previous is not null)
            {
                builder.Append(translation is not null && previous.TranslationBlock >= 0 && unit.TranslationBlock == previous.TranslationBlock + 1
                    ? translation.Text[translation.Blocks[previous.TranslationBlock].End..translation.Blocks[unit.TranslationBlock].Start]
                    : WithLineEnding(XliffExporter.Normalize(source.Text[source.Blocks[previous.SourceBlock].End..source.Blocks[unit.SourceBlock].Start]), lineEnding));
            }
            builder.Append(BlockText(unit, targets, translation, source, lineEnding));
            previous = unit;
        }
        builder.Append(skeleton.Text[skeleton.Blocks[^1].End..]);
        return builder.ToString();
    }

    private static string BlockText(UnitPlan unit, IReadOnlyDictionary<string, (string Text, bool Done)> targets, ParsedBody? translation, ParsedBody source, string lineEnding)
    {
        if (!targets.TryGetValue(unit.Id, out var target))
        {
            return translation is not null && unit.TranslationBlock >= 0 ? translation.Blocks[unit.TranslationBlock].Text : source.Blocks[unit.SourceBlock].Text;
        }
        if (translation is not null && unit.TranslationBlock >= 0 && translation.Blocks[unit.TranslationBlock].Normalized == target.Text)
        {
            return translation.Blocks[unit.TranslationBlock].Text;
        }
        return WithLineEnding(target.Text, lineEnding);
    }

    private static string WithLineEnding(string text, string lineEnding) =>
        lineEnding == "\n" ? text : text.Replace("\n", lineEnding, StringComparison.Ordinal);
}

/// <param name="Current">True when every unit was translated: the file's source_hash is the source's.</param>
public sealed record RebuiltTranslation(string Text, string Body, bool Current);
