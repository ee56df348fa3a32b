using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Core.Caching;

/// <summary>Wraps a module so that a build session keeps its results between builds, keyed by a hash of everything the
/// module consumes: its input, the outputs it declares it reads (<see cref="IModule{TInput,TOutput}.Reads"/>, the only ones
/// <see cref="BuildContext"/> lets it read), the build's options and the module's own type and public state. The module
/// knows nothing of it and has one code path. Without a cache (a one-shot build) the wrapper only calls the module.</summary>
/// <remarks>Written where the graph is declared (<c>Cached.Each(new RenderLayout(theme))</c>), so what is cached, and on
/// what, is read there. A module that reads the disk must take what it reads (a file's time stamp) in its input.</remarks>
public static class Cached
{
    /// <summary>Keeps each item's result: an item is processed again only when it, or any output the module reads, changed;
    /// for an output read lookup by lookup (<see cref="ITrackedReads"/>), only when a lookup the item made answers otherwise.</summary>
    public static IModule<IReadOnlyList<TItem>, IReadOnlyList<TResult>> Each<TItem, TResult>(EachModule<TItem, TResult> module)
        where TItem : notnull where TResult : notnull => new CachedEach<TItem, TResult>(module);

    /// <summary>Keeps the module's whole result: computed again when its input, or any output it reads, changed.</summary>
    public static IModule<TInput, TOutput> Whole<TInput, TOutput>(IModule<TInput, TOutput> module)
        where TInput : notnull where TOutput : notnull => new CachedWhole<TInput, TOutput>(module);

    /// <summary>The hash of what every call of <paramref name="module"/> in this build consumes besides its input.</summary>
    internal static string ReadsKey(object module, IReadOnlyList<OutputHandle> reads, BuildContext context, BuildCache cache) =>
        ReadsKey(module, reads, context, cache, tracked: null);

    /// <param name="tracked">Where to put the outputs read lookup by lookup (<see cref="ITrackedReads"/>), which the key then
    /// leaves out; null: every output is part of the key.</param>
    private static string ReadsKey(object module, IReadOnlyList<OutputHandle> reads, BuildContext context, BuildCache cache,
        List<(OutputHandle Handle, ITrackedReads Value)>? tracked)
    {
        var parts = new List<string> { module.GetType().FullName ?? module.GetType().Name, cache.Hasher.Hash(module), cache.IdentityOf(context.Options) };
        foreach (var read in reads)
        {
            parts.Add(read.Name);
            // Read through the context, so the wrapper hashes only what the module may read.
            var value = read.ValueIn(context);
            if (tracked is not null && value is ITrackedReads lookups)
            {
                tracked.Add((read, lookups));
                parts.Add("tracked");
                continue;
            }
            parts.Add(cache.IdentityOf(value));
        }
        return cache.Hasher.Hash(parts);
    }

    /// <summary>The context an item is computed in: each output read lookup by lookup is read through a view recording
    /// into that item's log.</summary>
    private static BuildContext Recording(BuildContext context, List<(OutputHandle Handle, ITrackedReads Value)> tracked, IReadOnlyList<ReadLog> logs)
    {
        if (tracked.Count == 0) return context;
        var views = new Dictionary<OutputHandle, object>(tracked.Count);
        for (var i = 0; i < tracked.Count; i++) views[tracked[i].Handle] = tracked[i].Value.Recording(logs[i]);
        return context.Viewing(views);
    }

    /// <summary>A cached result's key: the hash of what the module reads and the hash of its input, side by side. Both have
    /// a fixed length, so the pair is as unambiguous as the hashes, without hashing them again.</summary>
    private static string KeyOf(string reads, string input) => string.Concat(reads, input);

    private sealed class CachedEach<TItem, TResult>(EachModule<TItem, TResult> module) : IModule<IReadOnlyList<TItem>, IReadOnlyList<TResult>>
        where TItem : notnull where TResult : notnull
    {
        public IReadOnlyList<OutputHandle> Reads => module.Reads;

        public EachModule<TItem, TResult> Module => module;

        public ValueTask<IReadOnlyList<TResult>> ExecuteAsync(IReadOnlyList<TItem> input, BuildContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(context);
            if (context.Cache is not { } cache) return module.ExecuteAsync(input, context, cancellationToken);
            var scope = module.GetType().FullName ?? module.GetType().Name;
            var tracked = new List<(OutputHandle Handle, ITrackedReads Value)>();
            var reads = ReadsKey(module, module.Reads, context, cache, tracked);
            var values = cache.AnswersOf([.. tracked.Select(t => t.Value)]);
            var results = new TResult[input.Count];
            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = context.MaxParallelism };
            Parallel.For(0, input.Count, options, i =>
            {
                var key = KeyOf(reads, cache.IdentityOf(input[i]));
                results[i] = cache.GetOrCompute(scope, key, context.Diagnostics, values, (sink, logs) =>
                    module.Process(input[i], Recording(context.WithDiagnostics(sink), tracked, logs)));
            });
            return ValueTask.FromResult<IReadOnlyList<TResult>>(results);
        }
    }

    private sealed class CachedWhole<TInput, TOutput>(IModule<TInput, TOutput> module) : IModule<TInput, TOutput>
        where TInput : notnull where TOutput : notnull
    {
        public IReadOnlyList<OutputHandle> Reads => module.Reads;

        public async ValueTask<TOutput> ExecuteAsync(TInput input, BuildContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (context.Cache is not { } cache) return await module.ExecuteAsync(input, context, cancellationToken).ConfigureAwait(false);
            var scope = module.GetType().FullName ?? module.GetType().Name;
            var key = KeyOf(ReadsKey(module, module.Reads, context, cache), cache.IdentityOf(input));
            // Run outside the cache's lock-free lookup: a whole module may itself run in parallel.
            return cache.GetOrCompute(scope, key, context.Diagnostics,
                sink => module.ExecuteAsync(input, context.WithDiagnostics(sink), cancellationToken).AsTask().GetAwaiter().GetResult());
        }
    }
}
