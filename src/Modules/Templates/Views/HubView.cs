namespace StatiqGuides.Modules.Templates.Views;

/// <summary>A hub as shown on guide, section and hub pages.</summary>
public sealed record HubView(string Id, string Name, string Url, string Host, IReadOnlyList<string> Maintainers);
