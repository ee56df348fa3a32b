using StatiqGuides.Modules.Translations.Diff;

namespace StatiqGuides.Modules.Translations;

/// <summary>One translation a change since a reference affects (<c>translations --since</c>).</summary>
/// <param name="File">The translation file, as shown.</param>
/// <param name="Changes">For one made outdated, the source's blocks changed, added and removed since the version it
/// translates; null when the history does not tell.</param>
/// <param name="How">For one brought up to date: <c>translated</c>, <c>accepted</c> (only its source_hash changed, the
/// source edit needing no retranslation) or <c>new</c>.</param>
public sealed record SinceTranslation(string Uid, string Kind, string Title, string Language, string Source, string File, ChangeCounts? Changes, string? How = null);
