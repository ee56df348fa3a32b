using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Translations.Blocks;
using StatiqGuides.Modules.Translations.Diff;

namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>Aligns a translation with its source block by block (SPEC §3 <c>translations export</c> and <c>import</c>,
/// <c>new translation</c> via <see cref="TranslationRefresh"/>):
/// the translation is read against the version of the source it was made from, and each current block gets the
/// translation of the block it came from — final when unchanged or moved, a draft when changed, none when added.</summary>
/// <remarks>When the translation's blocks do not correspond one to one, in kind, to the version translated, the
/// alignment says so and falls back to the whole document as one unit.</remarks>
public sealed class TranslationAlignment(SourceDiffer differ)
{
    public DocumentPlan Plan(SiteCatalog catalog, ContentItem source, string language)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(source);
        var hash = catalog.SourceHashOf(source.Uid);
        var translation = catalog.FindTranslation(source.Uid, language);
        var path = translation?.FullPath ?? TranslationScaffold.PathFor(source, language);
        var sourceBody = MarkdownBlocks.Parse(source.Body);
        var sourceUnits = sourceBody.Blocks.Select((b, i) => (Block: b, Index: i)).ToList();
        var fields = FieldUnits(source).ToList();
        if (translation is null || !File.Exists(translation.FullPath))
        {
            return new DocumentPlan(source, language, hash, path, null, null, sourceBody, null, false, null,
                [.. fields.Select(f => new UnitPlan(f.Id, f.Id, Text(f.Value), null, false, null, -1, -1)),
                 .. sourceUnits.Select(u => BlockUnit(sourceBody, u.Block, u.Index, null, false, null, -1))]);
        }
        var text = File.ReadAllText(translation.FullPath);
        var translationBody = MarkdownBlocks.Parse(RawBody(text));
        var diff = differ.Diff(source, language, translation.FrontMatter.SourceHash);
        var current = diff.Lookup.Version?.Hash == hash;
        var titleUnits = fields.Select(f =>
        {
            var old = diff.Fields.First(x => x.Key == f.Id);
            var translated = f.Id == "title" ? translation.FrontMatter.Title : translation.FrontMatter.Summary;
            return new UnitPlan(f.Id, f.Id, Text(f.Value), translated is null ? null : Text(translated),
                old.Kind == ChangeKind.Unchanged, old.Kind == ChangeKind.Changed ? old.Old : null, -1, -1);
        }).ToList();

        // The translation's blocks stand for the version translated; without it, for the current source (all drafts).
        var baseline = diff.Old ?? sourceBody;
        if (!Aligns(baseline.Blocks, translationBody.Blocks))
        {
            var mismatch = diff.Old is null
                ? $"the version of the source it translates is not known ({diff.Lookup.Reason})"
                : $"its {translationBody.Blocks.Count} blocks do not match, one to one, the {baseline.Blocks.Count} blocks of the source version it translates";
            var note = diff.Old is null
                ? $"The version translated is not known ({diff.Lookup.Reason}), and the translation's {translationBody.Blocks.Count} blocks do not match, one to one, the {baseline.Blocks.Count} blocks of the current source: the body is one unit, a draft."
                : $"The translation's {translationBody.Blocks.Count} blocks do not match, one to one, the {baseline.Blocks.Count} blocks of the source version it translates: the body is one unit.";
            var whole = new UnitPlan("body", "body", WholeSegments(sourceBody), WholeSegments(translationBody), current, null, -1, -1);
            return new DocumentPlan(source, language, hash, path, translation, text, sourceBody, translationBody, true, note, [.. titleUnits, whole], mismatch);
        }
        var units = new List<UnitPlan>(titleUnits);
        if (diff.Old is null)
        {
            units.AddRange(sourceUnits.Select(u => BlockUnit(sourceBody, u.Block, u.Index, translationBody, false, null, u.Index)));
        }
        else
        {
            foreach (var change in diff.Blocks.Where(c => c.New is not null))
            {
                var final = change.Kind is ChangeKind.Unchanged or ChangeKind.Moved;
                units.Add(BlockUnit(sourceBody, change.New!, change.NewIndex, translationBody, final,
                    change.Kind == ChangeKind.Changed ? change.Old!.Normalized : null, change.OldIndex));
            }
        }
        var reason = diff.Old is null ? $"The version translated is not known ({diff.Lookup.Reason}): every existing translation is a draft." : null;
        return new DocumentPlan(source, language, hash, path, translation, text, sourceBody, translationBody, false, reason, units,
            diff.Old is null ? $"the version of the source it translates is not known ({diff.Lookup.Reason})" : null);
    }

    /// <summary>True when the two bodies have as many blocks, of the same kinds, in the same order.</summary>
    public static bool Aligns(IReadOnlyList<MarkdownBlock> source, IReadOnlyList<MarkdownBlock> translation)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(translation);
        return source.Count == translation.Count && source.Zip(translation).All(p => p.First.SameShape(p.Second));
    }

    /// <summary>The body of a file as written: after the front matter's closing line, line endings kept.</summary>
    public static string RawBody(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var split = FrontMatterText.Split(text);
        return split.Body;
    }

    public static IReadOnlyList<InlineSegment> WholeSegments(ParsedBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = body.Text;
        var start = text.Length - text.TrimStart().Length;
        var end = text.TrimEnd().Length;
        return end <= start ? [] : body.Segments(new MarkdownBlock(BlockKind.Other, start, text[start..end], 1));
    }

    private static UnitPlan BlockUnit(ParsedBody sourceBody, MarkdownBlock block, int index, ParsedBody? translation, bool final, string? previous, int translationIndex)
    {
        var target = translation is not null && translationIndex >= 0 ? translation.Segments(translation.Blocks[translationIndex]) : null;
        return new UnitPlan("b" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), block.KindName,
            sourceBody.Segments(block), target, final && target is not null, previous, target is null ? -1 : translationIndex, index);
    }

    private static IEnumerable<(string Id, string Value)> FieldUnits(ContentItem source)
    {
        yield return ("title", source.FrontMatter.Title ?? "");
        yield return ("summary", source.FrontMatter.Summary ?? "");
    }

    private static List<InlineSegment> Text(string value) => value.Length == 0 ? [] : [new InlineSegment(SegmentKind.Text, value)];
}
