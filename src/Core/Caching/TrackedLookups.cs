using System.Collections.Concurrent;

namespace StatiqGuides.Core.Caching;

/// <summary>What every <see cref="ITrackedReads"/> value does alike: each lookup's fingerprint is computed once per value,
/// however many items' views ask for it, and a view records each lookup made through it in its item's log.</summary>
public sealed class TrackedLookups
{
    private readonly ConcurrentDictionary<string, string> _fingerprints;
    private readonly Func<string, string> _compute;
    private readonly ReadLog? _log;

    /// <param name="compute">The fingerprint of a lookup in the value, computed the first time it is asked for.</param>
    public TrackedLookups(Func<string, string> compute)
        : this(new ConcurrentDictionary<string, string>(StringComparer.Ordinal), compute ?? throw new ArgumentNullException(nameof(compute)), null)
    {
    }

    private TrackedLookups(ConcurrentDictionary<string, string> fingerprints, Func<string, string> compute, ReadLog? log)
    {
        _fingerprints = fingerprints;
        _compute = compute;
        _log = log;
    }

    /// <summary>True for a view's lookups, which are recorded; false for the value's own.</summary>
    public bool IsRecording => _log is not null;

    /// <summary>The same lookups, recorded in <paramref name="log"/>: what a value's <see cref="ITrackedReads.Recording"/>
    /// view keeps.</summary>
    public TrackedLookups RecordingInto(ReadLog log) => new(_fingerprints, _compute, log ?? throw new ArgumentNullException(nameof(log)));

    public string Fingerprint(string lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return _fingerprints.GetOrAdd(lookup, _compute);
    }

    /// <summary>Records <paramref name="lookup"/> with its fingerprint, when these are a view's lookups.</summary>
    public void Record(string lookup)
    {
        if (_log is { } log) log.Record(lookup, Fingerprint(lookup));
    }
}
