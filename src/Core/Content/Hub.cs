namespace StatiqGuides.Core.Content;

/// <summary>A team hosted by a parliament that maintains some sections (one entry of hubs.yml).</summary>
public sealed record Hub(
    string Id,
    LocalizedText Name,
    string Host,
    IReadOnlyList<string> Maintainers,
    IReadOnlyList<Located<string>> Sections,
    Located<string> Declaration);
