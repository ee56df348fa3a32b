namespace StatiqGuides.Core.Caching;

/// <summary>A value that says itself what a cached result computed from it depends on, where hashing its public
/// properties would be wrong (parsed templates) or needlessly broad.</summary>
/// <remarks>The identity must change whenever anything a reader can see of the value changes: a stale identity makes
/// a build session serve stale pages. Implementations say in their remarks what they leave out and why.</remarks>
public interface ICacheIdentity
{
    /// <summary>A hash of everything readers of this value can observe.</summary>
    string CacheIdentity { get; }
}
