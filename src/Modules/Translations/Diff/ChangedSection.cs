namespace StatiqGuides.Modules.Translations.Diff;

/// <summary>A section of the current source (the text under one heading) with a changed, added or removed block.</summary>
/// <param name="HeadingId">The heading's id, to link to; null for the text before the first heading.</param>
public sealed record ChangedSection(string? HeadingId, string Title);
