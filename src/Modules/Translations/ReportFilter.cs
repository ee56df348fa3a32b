using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Translations;

/// <summary><c>translations --section S</c> / <c>--hub H</c>: the items of one section, or of the sections one hub
/// maintains. A case study belongs to every section among its themes.</summary>
public sealed record ReportFilter(string? Section, string? Hub)
{
    public bool Keeps(SiteCatalog catalog, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(item);
        List<string> sections = item.Kind == ContentKind.Guide ? (item.SectionId is { } id ? [id] : [])
            : item.Kind == ContentKind.CaseStudy ? [.. item.FrontMatter.Themes.Select(t => t.Value)]
            : [];
        if (Section is not null && !sections.Contains(Section, StringComparer.Ordinal)) return false;
        return Hub is null || sections.Any(s => catalog.HubOf(s)?.Id == Hub);
    }
}
