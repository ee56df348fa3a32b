using System.Collections.Concurrent;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Core.Caching;

/// <summary>What a long-lived build session (<c>serve</c>) keeps from one build to the next: each module's results, by
/// a key that names everything the result depends on, with the diagnostics computing it reported.</summary>
/// <remarks>
/// Thread-safe: modules read and fill it from parallel loops. A hit replays the recorded diagnostics, so a cached
/// build reports exactly what a clean one would. One-shot builds run without a cache (<see cref="Pipelines.BuildContext.Cache"/>
/// is null) and compute everything. Entries not used by the latest run are dropped by <see cref="EndRun"/>, so the
/// cache holds one site's worth of results however many times a file is saved.
/// </remarks>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<(string Scope, string Key), Entry> _entries = new();
    private long _run;
    private long _hits;
    private long _misses;

    /// <summary>How many lookups of the last finished run found their result, and how many computed it.</summary>
    public CacheCounters Counters { get; private set; } = new(0, 0);

    /// <summary>The result for <paramref name="key"/>, computed by <paramref name="compute"/> when absent.</summary>
    /// <param name="isCurrent">Tells whether a cached value is still good (a file's time stamp); null: always.</param>
    public T GetOrCompute<T>(string scope, string key, IDiagnosticSink diagnostics, Func<IDiagnosticSink, T> compute,
        Func<T, bool>? isCurrent = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(compute);
        var run = Interlocked.Read(ref _run);
        if (_entries.TryGetValue((scope, key), out var entry) && entry.Value is T cached && (isCurrent is null || isCurrent(cached)))
        {
            entry.LastRun = run;
            foreach (var diagnostic in entry.Diagnostics) diagnostics.Report(diagnostic);
            Interlocked.Increment(ref _hits);
            return cached;
        }
        var recorder = new RecordingSink(diagnostics);
        var value = compute(recorder);
        _entries[(scope, key)] = new Entry(value, recorder.Recorded) { LastRun = run };
        Interlocked.Increment(ref _misses);
        return value;
    }

    /// <summary>Drops every entry but those of the given scopes, when something every result may depend on changed
    /// (the theme, site.yml, an asset).</summary>
    public void ClearExcept(params string[] scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        foreach (var key in _entries.Keys.Where(k => !scopes.Contains(k.Scope, StringComparer.Ordinal)))
        {
            _entries.TryRemove(key, out _);
        }
    }

    /// <summary>Starts counting a new run.</summary>
    public void BeginRun()
    {
        Interlocked.Increment(ref _run);
        Interlocked.Exchange(ref _hits, 0);
        Interlocked.Exchange(ref _misses, 0);
    }

    /// <summary>Forgets what the run just finished did not use: results for old versions of files.</summary>
    public void EndRun()
    {
        var run = Interlocked.Read(ref _run);
        foreach (var (key, entry) in _entries)
        {
            if (entry.LastRun < run) _entries.TryRemove(key, out _);
        }
        Counters = new CacheCounters(Interlocked.Read(ref _hits), Interlocked.Read(ref _misses));
    }

    public int Count => _entries.Count;

    private sealed class Entry(object? value, IReadOnlyList<Diagnostic> diagnostics)
    {
        public object? Value { get; } = value;

        public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

        public long LastRun { get; set; }
    }
}

/// <summary>Cache lookups of one run that found their result, and that had to compute it.</summary>
public sealed record CacheCounters(long Hits, long Misses);
