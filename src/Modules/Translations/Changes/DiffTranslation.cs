using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.History;
using StatiqGuides.Modules.Translations.Diff;

namespace StatiqGuides.Modules.Translations.Changes;

/// <summary>Diffs one outdated translation's source against the version the translation was made from (found in the
/// history by <c>source_hash</c>), block by block. Without that version (no history, no <c>source_hash</c>, a shallow
/// clone) the change is unknown, and pages show the generic notice.</summary>
/// <remarks>Cached per pair: a session diffs again only the translations whose source or translation changed, or all of
/// them after a commit.</remarks>
public sealed class DiffTranslation(Output<SiteHistory> history) : EachModule<TranslationPair, TranslationChange>(history)
{
    public override TranslationChange Process(TranslationPair item, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        var language = item.Translation.Language;
        var hash = item.Translation.FrontMatter.SourceHash;
        // Without the version it was made from there is nothing to compare, and the source is not parsed into blocks.
        var baseline = new SourceDiffer(context.Read(history).Versions).Baseline(item.Source, hash);
        if (baseline.Version is null) return new TranslationChange(item.Source.Uid, language, null, []);
        var diff = SourceDiffer.Between(item.Source, language, hash, baseline);
        var sections = diff.ChangedSections().Select(s => s with { Title = PlainText(s.Title) }).ToList();
        return new TranslationChange(item.Source.Uid, language, diff.Counts, sections);
    }

    /// <summary>A heading's Markdown as the reader sees it: "Use **HTTPS**" is "Use HTTPS".</summary>
    private static string PlainText(string markdown) => Markdig.Markdown.ToPlainText(markdown).Trim() is { Length: > 0 } text ? text : markdown;
}
