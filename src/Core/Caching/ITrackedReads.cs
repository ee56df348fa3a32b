namespace StatiqGuides.Core.Caching;

/// <summary>A value that a cached step reads lookup by lookup, so that its result is kept while every lookup it made still
/// answers the same, however much else of the value changed: retitling one guide then renders again only the bodies that
/// link to it, not every body on the site.</summary>
/// <remarks>
/// <para>A cached step (<see cref="Cached.Each{TItem,TResult}"/>) reading such an output is not keyed by its
/// <see cref="ICacheIdentity.CacheIdentity"/>. Each item reads a <see cref="Recording"/> view instead, which writes every
/// lookup, with its <see cref="Fingerprint"/>, to the item's <see cref="ReadLog"/>; a later build reuses the result when the
/// log <see cref="ReadLog.StillHolds(ITrackedReads)">still holds</see> against the new value.</para>
/// <para>An implementation must record every way a reader can observe it: a lookup the view answers without recording is
/// a page served stale. A member giving access to everything (a list of all items) records a lookup whose fingerprint is
/// the whole identity. A view is for one item: a value shared between items (<see cref="Pipelines.BuildContext.PerBuild{T}"/>)
/// must not be made from it, or the lookups made for it land in one item's log only.</para>
/// </remarks>
public interface ITrackedReads : ICacheIdentity
{
    /// <summary>A view of this value, of the same type, that records every lookup made through it in <paramref name="log"/>.</summary>
    object Recording(ReadLog log);

    /// <summary>What <paramref name="lookup"/> (a name the view recorded) answers in this value, as a string (a hash, or the
    /// answer itself when short): equal in two values exactly when a reader making that lookup sees the same in both.
    /// <see cref="TrackedLookups"/> computes each once and records them.</summary>
    string Fingerprint(string lookup);
}
