namespace StatiqGuides.Modules.History;

/// <summary>One commit that changed a file, with the file's path in that commit (it may have been renamed since).</summary>
/// <param name="CommittedAt">The committer date, UTC.</param>
public sealed record FileRevision(string Commit, string Path, DateTimeOffset CommittedAt);
