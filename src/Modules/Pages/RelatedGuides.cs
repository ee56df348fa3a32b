using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Pages;

/// <summary>Chooses a guide's related guides: its explicit <c>related</c> first, then the guides sharing the most
/// case studies and tags, in a stable order, at most <see cref="Limit"/>.</summary>
public static class RelatedGuides
{
    public const int Limit = 5;

    public static IReadOnlyList<ContentItem> For(ContentItem guide, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(catalog);
        var explicitOnes = guide.FrontMatter.Related
            .Select(r => catalog.Find(r.Value))
            .OfType<ContentItem>()
            .Where(g => g.Kind == ContentKind.Guide && g.Uid != guide.Uid)
            .DistinctBy(g => g.Uid)
            .ToList();
        var caseStudies = guide.FrontMatter.CaseStudies.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var tags = guide.FrontMatter.Tags.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var chosen = explicitOnes.Select(g => g.Uid).ToHashSet(StringComparer.Ordinal);
        var scored = catalog.Guides
            .Where(g => g.Uid != guide.Uid && !chosen.Contains(g.Uid))
            .Select(g => (Guide: g,
                Shared: g.FrontMatter.CaseStudies.Count(c => caseStudies.Contains(c.Value)),
                Tags: g.FrontMatter.Tags.Count(tags.Contains)))
            .Where(s => s.Shared + s.Tags > 0)
            .OrderByDescending(s => s.Shared)
            .ThenByDescending(s => s.Tags)
            .ThenBy(s => s.Guide.Uid, StringComparer.Ordinal)
            .Select(s => s.Guide);
        return [.. explicitOnes.Concat(scored).Take(Limit)];
    }
}
