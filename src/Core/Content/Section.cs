namespace StatiqGuides.Core.Content;

/// <summary>A thematic section: a folder under guides/ with its _section.yml.</summary>
public sealed record Section(
    string Id,
    LocalizedText Title,
    LocalizedText Summary,
    Located<string>? Hub,
    int Order,
    string SourcePath);
