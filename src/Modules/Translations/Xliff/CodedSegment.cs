using StatiqGuides.Modules.Translations.Blocks;

namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>A segment with the XLIFF inline code it becomes: its id, its original data, whether it may be deleted.</summary>
/// <param name="EndText">For the opening of a pair, the Markdown that closes it (shown as the code's <c>dispEnd</c>).</param>
public sealed record CodedSegment(InlineSegment Segment, string Id, string DataId, string? EndDataId, bool Protected, string Type, string? EndText = null);
