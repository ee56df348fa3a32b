namespace StatiqGuides.Modules.Translations.Blocks;

/// <summary>A run of a block's text: words, or Markdown syntax kept as an inline code.</summary>
/// <param name="Pair">For <see cref="SegmentKind.Open"/> and <see cref="SegmentKind.Close"/>, the number shared by both ends.</param>
/// <param name="Structural">True for the syntax that makes the block what it is (a heading's <c>##</c>, a list marker,
/// a quote's <c>&gt;</c>, a table's pipes): it keeps its place in a translation.</param>
public sealed record InlineSegment(SegmentKind Kind, string Text, int Pair = 0, bool Structural = false);
