namespace StatiqGuides.Modules.Templates;

/// <summary>One theme template's text with the path shown in diagnostics; kept to place render errors.</summary>
public sealed record TemplateSource(string Name, string DisplayPath, string Text, bool IsPartial);
