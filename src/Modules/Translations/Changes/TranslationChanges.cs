namespace StatiqGuides.Modules.Translations.Changes;

/// <summary>The change since each outdated translation, by uid and language; nothing for current, missing or
/// untranslated ones.</summary>
public sealed class TranslationChanges
{
    private readonly Dictionary<(string Uid, string Language), TranslationChange> _changes;

    public TranslationChanges(IEnumerable<TranslationChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        _changes = changes.ToDictionary(c => (c.Uid, c.Language));
        All = [.. _changes.Values.OrderBy(c => c.Uid, StringComparer.Ordinal).ThenBy(c => c.Language, StringComparer.Ordinal)];
    }

    /// <summary>Every change, by uid then language: what the cache identity of this value hashes.</summary>
    public IReadOnlyList<TranslationChange> All { get; }

    /// <summary>The change since the <paramref name="language"/> translation of <paramref name="uid"/>, or null when it is
    /// not outdated.</summary>
    public TranslationChange? Find(string uid, string language) => _changes.GetValueOrDefault((uid, language));
}
