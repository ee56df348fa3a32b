namespace StatiqGuides.Core.Caching;

/// <summary>The lookups one cached computation made in an <see cref="ITrackedReads"/> value, each with what it answered.</summary>
/// <remarks>Thread-safe, so a module may look up from a parallel loop of its own. Recording the same lookup twice keeps one.
/// Once checked (<see cref="StillHolds"/>), the computation is over: what it recorded is kept as a list, read without a lock by
/// every later build.</remarks>
public sealed class ReadLog
{
    private readonly Dictionary<string, string> _reads = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private KeyValuePair<string, string>[]? _recorded;

    public void Record(string lookup, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(fingerprint);
        lock (_lock)
        {
            if (_recorded is not null) throw new InvalidOperationException("A read log was written to after it was checked: a recording view outlived its computation.");
            _reads.TryAdd(lookup, fingerprint);
        }
    }

    /// <summary>How many distinct lookups were recorded.</summary>
    public int Count => Recorded().Length;

    /// <summary>True when every recorded lookup answers the same in <paramref name="value"/>: a result computed from the
    /// recorded value is the one <paramref name="value"/> would give.</summary>
    public bool StillHolds(ITrackedReads value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var (lookup, fingerprint) in Recorded())
        {
            if (!string.Equals(value.Fingerprint(lookup), fingerprint, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private KeyValuePair<string, string>[] Recorded()
    {
        if (Volatile.Read(ref _recorded) is { } recorded) return recorded;
        lock (_lock) return _recorded ??= [.. _reads];
    }
}
