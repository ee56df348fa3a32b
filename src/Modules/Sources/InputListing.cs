namespace StatiqGuides.Modules.Sources;

/// <summary>Every file path under the input folder, relative and sorted: what links can name. A step that asks the disk
/// whether a linked file exists reads this, so that its cached results follow a file added or deleted.</summary>
public sealed record InputListing(IReadOnlyList<string> Files);
