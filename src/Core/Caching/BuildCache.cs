using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Core.Caching;

/// <summary>What a long-lived build session (<c>serve</c>) keeps from one build to the next: each cached step's results,
/// by a hash of everything the result was computed from (see <see cref="Cached"/>), with the diagnostics computing it reported.</summary>
/// <remarks>
/// Thread-safe: modules read and fill it from parallel loops. A hit replays the recorded diagnostics, so a cached
/// build reports exactly what a clean one would. One-shot builds run without a cache (<see cref="Pipelines.BuildContext.Cache"/>
/// is null) and compute everything. Entries not used by the latest run are dropped by <see cref="EndRun"/>, so the
/// cache holds one site's worth of results however many times a file is saved.
/// </remarks>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<(string Scope, string Key), Entry> _entries = new();
    private readonly ConcurrentDictionary<System.Reflection.MethodInfo, object> _remembered = new();
    private readonly ConcurrentDictionary<(string Scope, string Key), Kept> _kept = new();
    private readonly LookupNumbers _lookupNumbers = new();
    private readonly ConditionalWeakTable<ITrackedReads, LookupAnswers> _answers = new();
    private long _run;
    private long _hits;
    private long _misses;

    /// <summary>How many lookups of the last finished run found their result, and how many computed it.</summary>
    public CacheCounters Counters { get; private set; } = new(0, 0);

    /// <summary>Hashes the values cached steps are keyed by.</summary>
    public ContentHasher Hasher { get; } = new();

    /// <summary>The hash of a value, computed once per object: an output kept from an earlier run is not hashed again.</summary>
    public string IdentityOf(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Hasher.Identity(value);
    }

    /// <summary>The result for <paramref name="key"/>, computed by <paramref name="compute"/> when absent.</summary>
    public T GetOrCompute<T>(string scope, string key, IDiagnosticSink diagnostics, Func<IDiagnosticSink, T> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        return GetOrCompute(scope, key, diagnostics, Array.Empty<LookupAnswers>(), (sink, _) => compute(sink));
    }

    /// <summary>The result for <paramref name="key"/> while every lookup it made in the <paramref name="tracked"/> values
    /// still answers the same (see <see cref="ITrackedReads"/>); computed by <paramref name="compute"/> otherwise, which
    /// is given one <see cref="ReadLog"/> per tracked value to record its lookups in.</summary>
    /// <param name="key">Everything else the result is computed from; the tracked values must not be part of it.</param>
    public T GetOrCompute<T>(string scope, string key, IDiagnosticSink diagnostics, IReadOnlyList<ITrackedReads> tracked,
        Func<IDiagnosticSink, IReadOnlyList<ReadLog>, T> compute)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        return GetOrCompute(scope, key, diagnostics, AnswersOf(tracked), compute);
    }

    /// <summary>The answers of <paramref name="tracked"/> to the session's numbered lookups, one set per value and build:
    /// a cached step asks for them once and checks all its items' logs against them.</summary>
    internal LookupAnswers[] AnswersOf(IReadOnlyList<ITrackedReads> tracked)
    {
        var answers = new LookupAnswers[tracked.Count];
        for (var i = 0; i < answers.Length; i++) answers[i] = _answers.GetValue(tracked[i], value => new LookupAnswers(value, _lookupNumbers));
        return answers;
    }

    internal T GetOrCompute<T>(string scope, string key, IDiagnosticSink diagnostics, LookupAnswers[] tracked,
        Func<IDiagnosticSink, IReadOnlyList<ReadLog>, T> compute)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(compute);
        var run = Interlocked.Read(ref _run);
        if (_entries.TryGetValue((scope, key), out var entry) && entry.Value is T cached && entry.StillHolds(tracked))
        {
            entry.LastRun = run;
            foreach (var diagnostic in entry.Diagnostics) diagnostics.Report(diagnostic);
            Interlocked.Increment(ref _hits);
            return cached;
        }
        var recorder = new RecordingSink(diagnostics);
        var logs = new ReadLog[tracked.Length];
        for (var i = 0; i < logs.Length; i++) logs[i] = new ReadLog(_lookupNumbers);
        var value = compute(recorder, logs);
        // Numbered now, while the build that computed it goes on, not in the next one, which a reader waits for.
        foreach (var log in logs) log.Close();
        _entries[(scope, key)] = new Entry(value, recorder.Recorded, logs) { LastRun = run };
        Interlocked.Increment(ref _misses);
        return value;
    }

    /// <summary>A value computed from an immutable object by <paramref name="compute"/>, remembered with the object for
    /// the whole session: met again in a later build (a file that did not change), it is not computed again. Only for
    /// what depends on nothing but the object.</summary>
    /// <param name="compute">The computation, which also names the memo: pass the same delegate (a static method group's
    /// is cached by the compiler) every time.</param>
    public TValue Remember<TKey, TValue>(TKey key, Func<TKey, TValue> compute) where TKey : class where TValue : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        return MemoOf<TKey, TValue>(compute.Method).GetValue(key, k => compute(k));
    }

    /// <summary>A value computed from two immutable objects, remembered with them for the whole session as
    /// <see cref="Remember{TKey, TValue}"/> is with one: met again together, they are not computed from again.</summary>
    public TValue Remember<TKey, TOther, TValue>(TKey key, TOther other, Func<TKey, TOther, TValue> compute)
        where TKey : class where TOther : class where TValue : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(compute);
        return MemoOf<TKey, ConditionalWeakTable<TOther, TValue>>(compute.Method).GetValue(key, _ => new()).GetValue(other, o => compute(key, o));
    }

    /// <summary>The value kept under <paramref name="key"/> by an earlier run when it equals <paramref name="candidate"/>,
    /// else the candidate, kept for the next run: a value made anew each build from what did not change (a file found
    /// again, a page's plan) keeps its identity, so the steps keyed by it find its hash remembered instead of walking it.</summary>
    /// <remarks>Equality must cover everything the value holds: a value equal but different would be served a result
    /// computed from the other. Values no run asks for are forgotten by <see cref="EndRun"/>.</remarks>
    public T Keep<T>(string scope, string key, T candidate) where T : class, IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(candidate);
        var run = Interlocked.Read(ref _run);
        var kept = _kept.AddOrUpdate((scope, key),
            static (_, c) => new Kept(c.Candidate, c.Run),
            static (_, old, c) => old.Value is T value && value.Equals((T)c.Candidate) ? old with { LastRun = c.Run } : new Kept(c.Candidate, c.Run),
            (Candidate: (object)candidate, Run: run));
        return (T)kept.Value;
    }

    private sealed record Kept(object Value, long LastRun);

    /// <summary>The memo a computation names, made the first time it is asked for.</summary>
    private ConditionalWeakTable<TKey, TValue> MemoOf<TKey, TValue>(System.Reflection.MethodInfo compute) where TKey : class where TValue : class =>
        // Two threads asking first may both make a table; only the one stored is ever handed out.
        (ConditionalWeakTable<TKey, TValue>)_remembered.GetOrAdd(compute, _ => new ConditionalWeakTable<TKey, TValue>());

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
        foreach (var (key, kept) in _kept)
        {
            if (kept.LastRun < run) _kept.TryRemove(key, out _);
        }
        Counters = new CacheCounters(Interlocked.Read(ref _hits), Interlocked.Read(ref _misses));
    }

    public int Count => _entries.Count;

    private sealed class Entry(object? value, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<ReadLog> logs)
    {
        public object? Value { get; } = value;

        /// <summary>True when the lookups the result made still answer the same in this build's tracked values, given in the
        /// same order (the step's reads, which are the same every build).</summary>
        public bool StillHolds(LookupAnswers[] tracked)
        {
            if (logs.Count != tracked.Length) return false;
            for (var i = 0; i < logs.Count; i++)
            {
                if (!logs[i].StillHolds(tracked[i])) return false;
            }
            return true;
        }

        public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

        public long LastRun { get; set; }
    }
}

/// <summary>Cache lookups of one run that found their result, and that had to compute it.</summary>
public sealed record CacheCounters(long Hits, long Misses);
