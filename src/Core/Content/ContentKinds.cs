namespace StatiqGuides.Core.Content;

/// <summary>Every content kind a site is built with: the three built-ins, then the host's, in registration order. What
/// the build scans, places, lays out, lists and indexes.</summary>
/// <remarks>Immutable; built by <see cref="ContentKindsBuilder"/>, which refuses kinds that would clash.</remarks>
public sealed class ContentKinds : Caching.ICacheIdentity
{
    internal ContentKinds(IReadOnlyList<ContentKind> all)
    {
        All = all;
        Listed = [.. all.Where(k => k.Listed)];
        ReservedPageSlugs = new HashSet<string>(SitePaths.ReservedPageSlugs.Concat(all.Select(k => k.UrlFolder).Where(f => f.Length > 0)),
            StringComparer.Ordinal);
    }

    /// <summary>Guides, case studies and pages: the tool's site.</summary>
    public static ContentKinds BuiltIn { get; } = new ContentKindsBuilder().Build();

    /// <summary>In a stable order: by <see cref="ContentKind.Order"/>, then id.</summary>
    public IReadOnlyList<ContentKind> All { get; }

    /// <summary>The kinds with a listing page, in order.</summary>
    public IReadOnlyList<ContentKind> Listed { get; }

    /// <summary>Folder names under a language that plain pages must not take: the site's own and every kind's.</summary>
    public IReadOnlySet<string> ReservedPageSlugs { get; }

    /// <remarks>Hashed when a cache first asks, as each kind's is (<see cref="ContentKind.CacheIdentity"/>).</remarks>
    public string CacheIdentity => _identity ??= new Caching.ContentHasher().Hash(All.Select(k => k.CacheIdentity).ToList());

    private string? _identity;

    public ContentKind? Find(string id) => All.FirstOrDefault(k => k.Id == id);
}
