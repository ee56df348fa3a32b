namespace StatiqGuides.Core.Content;

/// <summary>What a reader of one language gets for one item.</summary>
public enum TranslationStatus
{
    /// <summary>The item in the default language: its source.</summary>
    Source,

    /// <summary>A translation whose <c>source_hash</c> matches the source.</summary>
    Current,

    /// <summary>A translation whose <c>source_hash</c> differs from the source's, or is missing.</summary>
    Outdated,

    /// <summary>No translation: the page shows the source text under this language's UI.</summary>
    Missing,

    /// <summary>A translation file whose body is still the source's text (a fresh scaffold): shown like a missing one.</summary>
    Untranslated,
}
