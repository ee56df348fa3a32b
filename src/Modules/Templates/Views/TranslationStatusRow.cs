namespace StatiqGuides.Modules.Templates.Views;

/// <summary>How many of a hub's guides and case studies are translated into one language.</summary>
public sealed record TranslationStatusRow(string Code, string Name, int Current, int Outdated, int Missing);
