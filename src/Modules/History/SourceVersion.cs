namespace StatiqGuides.Modules.History;

/// <summary>A committed version of a content file, split into what <c>source_hash</c> covers.</summary>
public sealed record SourceVersion(string Commit, DateTimeOffset CommittedAt, string Title, string Summary, string Body, string Hash);
