namespace StatiqGuides.Modules.Sources;

/// <summary>What a build session's cache keys depend on, beyond a page's own text.</summary>
/// <param name="Shape">A hash of every content file's path and front matter: titles, summaries, tags, citations,
/// dates... whatever listings, cards, xref texts and links are made of. Unchanged when only a body is edited.
/// Empty in a one-shot build.</param>
/// <param name="BodyHashes">Each content file's body hash, by display path. Empty in a one-shot build.</param>
public sealed record ContentFingerprint(string Shape, IReadOnlyDictionary<string, string> BodyHashes)
{
    public bool IsEmpty => Shape.Length == 0;

    public string? BodyHashOf(string displayPath) => BodyHashes.GetValueOrDefault(displayPath);
}
