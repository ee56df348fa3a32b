using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Translations.Changes;

/// <summary>An outdated translation and its source: what one cached diff is keyed by.</summary>
public sealed record TranslationPair(ContentItem Source, ContentItem Translation);
