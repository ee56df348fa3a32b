using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Pages;

/// <summary>Which guides cite each case study, through <c>case_studies:</c> or an xref in the body.</summary>
public sealed class CitationIndex
{
    private readonly Dictionary<string, List<ContentItem>> _citingGuides = new(StringComparer.Ordinal);

    public CitationIndex(SiteCatalog catalog, CitationMap citations)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(citations);
        foreach (var guide in catalog.Guides)
        {
            foreach (var uid in citations.CitedBy(guide.Uid))
            {
                if (!_citingGuides.TryGetValue(uid, out var list)) _citingGuides[uid] = list = [];
                list.Add(guide);
            }
        }
    }

    /// <summary>The case studies a guide cites, front matter first, then body xrefs, without repeats.</summary>
    public static IEnumerable<string> CitedBy(ContentItem guide, RenderedContent? body, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(catalog);
        return guide.FrontMatter.CaseStudies.Select(c => c.Value)
            .Concat(body?.CitedUids ?? [])
            .Where(uid => catalog.Find(uid)?.Kind == ContentKind.CaseStudy)
            .Distinct(StringComparer.Ordinal);
    }

    public IReadOnlyList<ContentItem> GuidesCiting(string caseStudyUid) =>
        _citingGuides.TryGetValue(caseStudyUid, out var list) ? list : [];
}
