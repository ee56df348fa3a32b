namespace StatiqGuides.Modules.History;

/// <summary>The outcome of looking for the version of a source a translation was made from.</summary>
/// <param name="Version">The version found, or null.</param>
/// <param name="Reason">When none was found, why, in words for the reader (no history, shallow clone, no source_hash...).</param>
public sealed record VersionLookup(SourceVersion? Version, string? Reason)
{
    public static VersionLookup Found(SourceVersion version) => new(version, null);

    public static VersionLookup NotFound(string reason) => new(null, reason);
}
