namespace StatiqGuides.Core.Content;

/// <summary>One heading of a page's table of contents, with the headings nested under it.</summary>
public sealed record TocEntry(string Id, string Title, int Level, IReadOnlyList<TocEntry> Children);
