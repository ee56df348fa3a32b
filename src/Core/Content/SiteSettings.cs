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
    string SourcePath)
{
    /// <summary>site.yml's <c>fallback_owners</c>: who reviews what no hub maintains (pages, settings, theme, case
    /// studies outside every hub's sections); the first line of the generated CODEOWNERS.</summary>
    public IReadOnlyList<string> FallbackOwners { get; init; } = [];

    /// <summary>site.yml's <c>updated_from_git</c>: a source that leaves out <c>updated</c> takes its file's last commit
    /// date.</summary>
    public bool UpdatedFromGit { get; init; }
}
