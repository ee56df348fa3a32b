using StatiqGuides.Modules.Translations.Blocks;

namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>One unit of a document's exchange: a source block (or title, summary, or the whole body), and the part of
/// the existing translation that translates it.</summary>
/// <param name="Id">The unit id: <c>title</c>, <c>summary</c>, <c>body</c> (whole-document fallback) or <c>b1</c>, <c>b2</c>...</param>
/// <param name="Target">The existing translation's segments for it, or null when there is none (a new block).</param>
/// <param name="Final">True when the source did not change since <paramref name="Target"/> was written.</param>
/// <param name="PreviousSource">For a changed block, the source text the target translates.</param>
/// <param name="TranslationBlock">The index of the translation block it replaces, or -1.</param>
/// <param name="SourceBlock">The index of the current source block, or -1 for front matter and the whole body.</param>
public sealed record UnitPlan(
    string Id,
    string Name,
    IReadOnlyList<InlineSegment> Source,
    IReadOnlyList<InlineSegment>? Target,
    bool Final,
    string? PreviousSource,
    int TranslationBlock,
    int SourceBlock)
{
    /// <summary>True when the source has words to translate (not only Markdown syntax and spaces).</summary>
    public bool NeedsTranslation => Source.Any(s => s.Kind == SegmentKind.Text && s.Text.Trim().Length > 0);
}
