namespace StatiqGuides.Core.Content;

/// <summary>A text that is either one string for every language or a map language → string.</summary>
public sealed class LocalizedText
{
    private readonly IReadOnlyDictionary<string, string> _byLanguage;
    private readonly string? _invariant;

    private LocalizedText(string? invariant, IReadOnlyDictionary<string, string> byLanguage)
    {
        _invariant = invariant;
        _byLanguage = byLanguage;
    }

    public static LocalizedText Invariant(string text) => new(text, new Dictionary<string, string>());

    public static LocalizedText PerLanguage(IReadOnlyDictionary<string, string> byLanguage) => new(null, byLanguage);

    public bool Has(string language) => _invariant is not null || _byLanguage.ContainsKey(language);

    /// <summary>The text in <paramref name="language"/>, else in <paramref name="fallbackLanguage"/>, else any.</summary>
    public string Get(string language, string fallbackLanguage)
    {
        if (_invariant is not null) return _invariant;
        if (_byLanguage.TryGetValue(language, out var text)) return text;
        if (_byLanguage.TryGetValue(fallbackLanguage, out text)) return text;
        return _byLanguage.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).FirstOrDefault() ?? "";
    }
}
