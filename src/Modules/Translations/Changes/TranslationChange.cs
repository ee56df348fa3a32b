using StatiqGuides.Modules.Translations.Diff;

namespace StatiqGuides.Modules.Translations.Changes;

/// <summary>What changed in a source since one outdated translation was made, as the site shows it.</summary>
/// <param name="Counts">Blocks changed, added and removed; null when the version translated is not in the history.</param>
/// <param name="Sections">The current source's sections with a change, in reading order; empty when unknown.</param>
public sealed record TranslationChange(string Uid, string Language, ChangeCounts? Counts, IReadOnlyList<ChangedSection> Sections);
