namespace StatiqGuides.Core.Pipelines;

/// <summary>A build for reading from disk (an offline bundle): links name their files, pages exist only in
/// <see cref="Languages"/>, and links to any other language go to the online site.</summary>
/// <param name="Languages">The languages the bundle carries; empty for every language of the site.</param>
public sealed record OfflineEdition(IReadOnlyList<string> Languages)
{
    public static OfflineEdition AllLanguages { get; } = new([]);

    /// <summary>The same run publishes an EPUB per section and language, which section pages link to online.</summary>
    public bool LinksEpubs { get; init; }

    public bool Carries(string language) => Languages.Count == 0 || Languages.Contains(language, StringComparer.Ordinal);
}
