namespace StatiqGuides.Core.Pipelines;

/// <summary>A module that turns each item of a list into a result on its own, from the item and the outputs it reads,
/// so items are processed in parallel and, wrapped in <see cref="Caching.Cached"/>, each result can be kept between
/// builds of a session.</summary>
/// <remarks>Results keep the items' order whatever the scheduling, which keeps builds deterministic. <see cref="Process"/>
/// must depend on nothing but the item, <see cref="BuildContext.Options"/> and the outputs it reads: that is
/// what a cached result is keyed by.</remarks>
public abstract class EachModule<TItem, TResult>(params OutputHandle[] reads)
    : PipelineModule<IReadOnlyList<TItem>, IReadOnlyList<TResult>>(reads) where TItem : notnull where TResult : notnull
{
    public override ValueTask<IReadOnlyList<TResult>> ExecuteAsync(
        IReadOnlyList<TItem> input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var results = new TResult[input.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = context.MaxParallelism };
        Parallel.For(0, input.Count, options, i => results[i] = Process(input[i], context));
        return ValueTask.FromResult<IReadOnlyList<TResult>>(results);
    }

    /// <summary>The result for one item. Reports to <see cref="BuildContext.Diagnostics"/> of the context it is given.</summary>
    public abstract TResult Process(TItem item, BuildContext context);
}
