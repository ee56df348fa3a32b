namespace StatiqGuides.Modules.Bundles;

/// <summary>An edition a later one was made from: its date and commit as its manifest gave them, and the SHA-256 of
/// that manifest's bytes, which identifies the edition exactly (two editions of one day differ in it).</summary>
public sealed record EditionReference(string? Edition, string? Commit, string ManifestSha256);
