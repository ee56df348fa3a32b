using System.Buffers;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Pages;

/// <summary>Chooses a guide's related guides: its explicit <c>related</c> first, then the guides sharing the most
/// case studies (cited in <c>case_studies:</c> or by an xref in the body), then the most tags, in a stable order
/// (uid), at most <see cref="Limit"/>.</summary>
/// <remarks>Built once per catalog: inverted indexes from case study and tag to guides keep each lookup
/// proportional to the guides that actually share something, not to the size of the site.</remarks>
public sealed class RelatedGuides
{
    public const int Limit = 5;

    private readonly SiteCatalog _catalog;
    private readonly ContentItem[] _guides;
    private readonly Dictionary<string, IReadOnlyList<string>> _cited = new(StringComparer.Ordinal);
    // Guides by their position in _guides: a popular tag gives each of its guides hundreds of candidates at 5,000
    // guides, and counting them in arrays by position instead of a dictionary by uid took the reading pages of a
    // clean 5k build from 3.2 s to 2.1-2.6 s (bench/PROFILE.md).
    private readonly Dictionary<string, List<int>> _byCaseStudy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byTag = new(StringComparer.OrdinalIgnoreCase);

    // The choice does not depend on the page's language: each guide's is computed once and shared by its pages in every language.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IReadOnlyList<ContentItem>>> _chosen = new(StringComparer.Ordinal);

    /// <param name="citedBy">The case studies a guide cites, without repeats.</param>
    public RelatedGuides(SiteCatalog catalog, Func<ContentItem, IEnumerable<string>> citedBy)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(citedBy);
        _catalog = catalog;
        _guides = [.. catalog.Guides];
        for (var at = 0; at < _guides.Length; at++)
        {
            var guide = _guides[at];
            _cited[guide.Uid] = [.. citedBy(guide)];
            foreach (var uid in _cited[guide.Uid])
            {
                Add(_byCaseStudy, uid, at);
            }
            foreach (var tag in guide.FrontMatter.Tags.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                Add(_byTag, tag, at);
            }
        }
    }

    public IReadOnlyList<ContentItem> For(ContentItem guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        return _chosen.GetOrAdd(guide.Uid, _ => new Lazy<IReadOnlyList<ContentItem>>(() => Choose(guide))).Value;
    }

    private List<ContentItem> Choose(ContentItem guide)
    {
        var chosen = new List<ContentItem>(Limit);
        var seen = new HashSet<string>(StringComparer.Ordinal) { guide.Uid };
        foreach (var related in guide.FrontMatter.Related)
        {
            if (chosen.Count < Limit && _catalog.Find(related.Value) is { } target && target.Kind == ContentKind.Guide && seen.Add(target.Uid))
            {
                chosen.Add(target);
            }
        }
        if (chosen.Count == Limit) return chosen;
        var shared = ArrayPool<int>.Shared.Rent(_guides.Length);
        var tags = ArrayPool<int>.Shared.Rent(_guides.Length);
        try
        {
            Array.Clear(shared, 0, _guides.Length);
            Array.Clear(tags, 0, _guides.Length);
            var candidates = new List<int>();
            foreach (var uid in _cited.GetValueOrDefault(guide.Uid) ?? []) Count(_byCaseStudy.GetValueOrDefault(uid), shared);
            foreach (var tag in guide.FrontMatter.Tags.Distinct(StringComparer.OrdinalIgnoreCase)) Count(_byTag.GetValueOrDefault(tag), tags);

            // A guide is a candidate from its first count of either kind.
            void Count(List<int>? others, int[] counts)
            {
                foreach (var other in others ?? [])
                {
                    if (shared[other] == 0 && tags[other] == 0) candidates.Add(other);
                    counts[other]++;
                }
            }
            // The best few by (shared case studies, shared tags, uid): a selection, since popular tags give guides many
            // candidates. The order is total (uids differ), so the choice does not depend on the candidates' order.
            var room = Limit - chosen.Count;
            var best = new List<(ContentItem Guide, int Shared, int Tags)>(room + 1);
            foreach (var other in candidates)
            {
                var score = (Guide: _guides[other], Shared: shared[other], Tags: tags[other]);
                // Most candidates rank below the few kept: rejected on their counts before their uid is looked up.
                if (best.Count == room && !Better(score, best[room - 1])) continue;
                if (seen.Contains(score.Guide.Uid)) continue;
                var at = best.Count;
                while (at > 0 && Better(score, best[at - 1])) at--;
                if (at >= room) continue;
                best.Insert(at, score);
                if (best.Count > room) best.RemoveAt(room);
            }
            chosen.AddRange(best.Select(s => s.Guide));
            return chosen;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(shared);
            ArrayPool<int>.Shared.Return(tags);
        }
    }

    private static bool Better((ContentItem Guide, int Shared, int Tags) a, (ContentItem Guide, int Shared, int Tags) b) =>
        a.Shared != b.Shared ? a.Shared > b.Shared
        : a.Tags != b.Tags ? a.Tags > b.Tags
        : string.CompareOrdinal(a.Guide.Uid, b.Guide.Uid) < 0;

    private static void Add(Dictionary<string, List<int>> index, string key, int guide)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(guide);
    }
}
