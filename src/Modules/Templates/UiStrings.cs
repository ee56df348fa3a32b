namespace StatiqGuides.Modules.Templates;

/// <summary>The theme's UI strings per language (theme/i18n/&lt;lang&gt;.yml), falling back to the default language.</summary>
public sealed class UiStrings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage, string defaultLanguage)
{
    public string DefaultLanguage { get; } = defaultLanguage;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage { get; } = byLanguage;

    /// <summary>The string, or null when neither the language nor the default language has the key.</summary>
    public string? Find(string language, string key)
    {
        if (ByLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var text)) return text;
        return ByLanguage.TryGetValue(DefaultLanguage, out var fallback) && fallback.TryGetValue(key, out text) ? text : null;
    }

    /// <summary>The string; a key no table has throws (templates), which the build reports as a render error.</summary>
    public string Get(string language, string key) =>
        Find(language, key) ?? throw new KeyNotFoundException($"UI string '{key}' is not defined in theme/i18n/{DefaultLanguage}.yml");

    /// <summary>The string, or the key itself: for the strings C# needs, whose absence <see cref="LoadTheme"/> reports.</summary>
    public string GetOrKey(string language, string key) => Find(language, key) ?? key;
}
