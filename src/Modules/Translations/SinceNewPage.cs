namespace StatiqGuides.Modules.Translations;

/// <summary>A guide, case study or page the change adds, and the languages it has no translation in yet.</summary>
public sealed record SinceNewPage(string Uid, string Kind, string Title, string Source, IReadOnlyList<string> Missing);
