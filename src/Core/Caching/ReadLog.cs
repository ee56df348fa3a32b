namespace StatiqGuides.Core.Caching;

/// <summary>The lookups one cached computation made in an <see cref="ITrackedReads"/> value, each with what it answered.</summary>
/// <remarks>Thread-safe, so a module may look up from a parallel loop of its own. Recording the same lookup twice keeps one.</remarks>
public sealed class ReadLog
{
    private readonly Dictionary<string, string> _reads = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Record(string lookup, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(fingerprint);
        lock (_lock) _reads.TryAdd(lookup, fingerprint);
    }

    /// <summary>How many distinct lookups were recorded.</summary>
    public int Count
    {
        get
        {
            lock (_lock) return _reads.Count;
        }
    }

    /// <summary>True when every recorded lookup answers the same in <paramref name="value"/>: a result computed from the
    /// recorded value is the one <paramref name="value"/> would give.</summary>
    public bool StillHolds(ITrackedReads value)
    {
        ArgumentNullException.ThrowIfNull(value);
        KeyValuePair<string, string>[] reads;
        lock (_lock) reads = [.. _reads];
        foreach (var (lookup, fingerprint) in reads)
        {
            if (!string.Equals(value.Fingerprint(lookup), fingerprint, StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
