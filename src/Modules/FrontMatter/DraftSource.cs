namespace StatiqGuides.Modules.FrontMatter;

/// <summary>A source file marked <c>draft: true</c> in a build without drafts: not published, but remembered, so that its
/// translations are withheld with it rather than reported as translations without a source.</summary>
public sealed record DraftSource(string FullPath, string? Uid);
