namespace StatiqGuides.Core.Content;

/// <summary>The settings files of the input folder: site.yml, hubs.yml and each section's _section.yml.</summary>
public sealed record SiteConfiguration(SiteSettings Settings, IReadOnlyList<Hub> Hubs, IReadOnlyList<Section> Sections);
