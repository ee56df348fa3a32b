namespace StatiqGuides.Modules.Templates;

/// <summary>Country names per language from the theme's ISO 3166-1 table (theme/data/countries.yml).</summary>
public sealed class CountryNames(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byCode, string defaultLanguage)
{
    public static CountryNames Empty(string defaultLanguage) => new(new Dictionary<string, IReadOnlyDictionary<string, string>>(), defaultLanguage);

    /// <summary>The name in <paramref name="language"/>, else in the default language, else the code itself.</summary>
    public string Name(string code, string language)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!byCode.TryGetValue(code, out var names)) return code;
        return names.TryGetValue(language, out var name) ? name
            : names.TryGetValue(defaultLanguage, out name) ? name
            : code;
    }
}
