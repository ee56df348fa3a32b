using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Markdown;

/// <summary>What resolving one page's links needs: the page, where it is written, and the site around it.</summary>
public sealed record PageLinkContext(
    ContentItem Item,
    string Language,
    string Destination,
    SiteCatalog Catalog,
    SiteUrls Urls,
    string InputDirectory,
    IDiagnosticSink Diagnostics);
