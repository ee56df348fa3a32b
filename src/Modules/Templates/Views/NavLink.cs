namespace StatiqGuides.Modules.Templates.Views;

/// <summary>A link in navigation, breadcrumbs or a list of tags. <paramref name="IsCurrent"/> marks the page itself.</summary>
public sealed record NavLink(string Title, string Url, bool IsCurrent = false);
