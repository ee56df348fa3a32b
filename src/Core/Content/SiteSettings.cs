namespace StatiqGuides.Core.Content;

/// <summary>site.yml.</summary>
/// <param name="BaseUrl">Absolute, ending with '/'.</param>
/// <param name="Languages">Ordered; the default language is among them.</param>
public sealed record SiteSettings(
    LocalizedText Title,
    string BaseUrl,
    string DefaultLanguage,
    IReadOnlyList<string> Languages,
    string? Repository,
    string SourcePath);
