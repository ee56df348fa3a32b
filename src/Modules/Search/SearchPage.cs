using StatiqGuides.Modules.Pages;

namespace StatiqGuides.Modules.Search;

/// <summary>A page the search index lists, with its address as seen from the search page of its language.</summary>
public sealed record SearchPage(ComposedPage Page, string Url);

/// <summary>A page's search entry, in its language.</summary>
public sealed record IndexedPage(string Language, SearchEntry Entry);
