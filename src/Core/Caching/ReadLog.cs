namespace StatiqGuides.Core.Caching;

/// <summary>The lookups one cached computation made in an <see cref="ITrackedReads"/> value, each with what it answered.</summary>
/// <remarks>Thread-safe, so a module may look up from a parallel loop of its own. Recording the same lookup twice keeps one.
/// Once sealed (by the cache when the computation is over, or by the first <see cref="StillHolds(ITrackedReads)"/>), what it recorded is
/// kept as arrays, read without a lock by every later build.</remarks>
public sealed class ReadLog
{
    private Dictionary<string, string>? _reads = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly LookupNumbers? _numbers;
    private Sealed? _sealed;

    public ReadLog()
    {
    }

    /// <param name="numbers">The session's lookup numbers: the log keeps its lookups by number, and is checked against
    /// <see cref="LookupAnswers"/> of the same numbers.</param>
    internal ReadLog(LookupNumbers numbers)
    {
        _numbers = numbers;
    }

    public void Record(string lookup, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(fingerprint);
        lock (_lock)
        {
            if (_reads is null) throw new InvalidOperationException("A read log was written to after it was checked: a recording view outlived its computation.");
            _reads.TryAdd(lookup, fingerprint);
        }
    }

    /// <summary>How many distinct lookups were recorded.</summary>
    public int Count => Seal().Lookups.Length;

    /// <summary>True when every recorded lookup answers the same in <paramref name="value"/>: a result computed from the
    /// recorded value is the one <paramref name="value"/> would give.</summary>
    public bool StillHolds(ITrackedReads value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var recorded = Seal();
        for (var i = 0; i < recorded.Lookups.Length; i++)
        {
            if (!string.Equals(value.Fingerprint(recorded.Lookups[i]), recorded.Fingerprints[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary><see cref="StillHolds(ITrackedReads)"/> against a value's answers by number: an array read per lookup.</summary>
    internal bool StillHolds(LookupAnswers answers)
    {
        var recorded = Seal();
        if (recorded.Numbers is not { } numbers) return StillHolds(answers.Value);
        for (var i = 0; i < numbers.Length; i++)
        {
            if (!string.Equals(answers.AnswerTo(numbers[i]), recorded.Fingerprints[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>Ends the recording: a later <see cref="Record"/> throws.</summary>
    internal void Close() => Seal();

    private Sealed Seal()
    {
        if (Volatile.Read(ref _sealed) is { } done) return done;
        lock (_lock)
        {
            if (_sealed is { } sealedBefore) return sealedBefore;
            var reads = _reads!;
            var lookups = new string[reads.Count];
            var fingerprints = new string[reads.Count];
            var index = 0;
            foreach (var (lookup, fingerprint) in reads)
            {
                lookups[index] = lookup;
                fingerprints[index++] = fingerprint;
            }
            var numbers = _numbers is { } known ? Array.ConvertAll(lookups, known.NumberOf) : null;
            _reads = null;
            var result = new Sealed(lookups, fingerprints, numbers);
            Volatile.Write(ref _sealed, result);
            return result;
        }
    }

    private sealed record Sealed(string[] Lookups, string[] Fingerprints, int[]? Numbers);
}
