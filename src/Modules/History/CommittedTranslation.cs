namespace StatiqGuides.Modules.History;

/// <summary>A translation file as committed: the <c>source_hash</c> it recorded (null when none) and its body.</summary>
public sealed record CommittedTranslation(string? SourceHash, string Body);
