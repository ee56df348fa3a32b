using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Templates;

/// <summary>A page's HTML file, or null when its template failed (reported).</summary>
public sealed record LaidOutPage(OutputFile? File);
