using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Markdown;

/// <summary>What resolving one page's links needs: the page, where it is written, the site around it, and whether it is read offline.</summary>
public sealed record PageLinkContext(
    ContentItem Item,
    string Language,
    string Destination,
    SiteCatalog Catalog,
    SiteUrls Urls,
    string InputDirectory,
    IDiagnosticSink Diagnostics)
{
    /// <summary>True when the page goes into an offline bundle: resources from other hosts become links, and
    /// site-absolute links are made relative.</summary>
    public bool Offline { get; init; }
}
