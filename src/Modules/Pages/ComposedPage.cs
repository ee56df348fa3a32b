using StatiqGuides.Modules.Templates.Views;

namespace StatiqGuides.Modules.Pages;

/// <summary>An output page ready for its layout: the page's view and the site's view from that page.</summary>
public sealed record ComposedPage(string Destination, PageView Page, SiteView Site)
{
    /// <summary>Whether the search index lists the page: a content page of a kind that is indexed.</summary>
    public bool Indexed { get; init; }
}
