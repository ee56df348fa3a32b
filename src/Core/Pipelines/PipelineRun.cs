namespace StatiqGuides.Core.Pipelines;

/// <summary>A build under way (<see cref="PipelineEngine.Start(BuildContext, IProgress{string}?, CancellationToken)"/>): each pipeline's output as soon as it is published,
/// and the whole build's.</summary>
/// <remarks><c>serve</c> shows the changed pages as soon as they are laid out, while the search index and the other
/// site-wide files are still being built.</remarks>
public sealed class PipelineRun
{
    private readonly PipelineOutputs _outputs;
    private readonly IReadOnlyDictionary<string, Task> _pipelines;
    private readonly Task? _between;

    /// <param name="between">What runs between the first outputs and the rest (see <see cref="PipelineEngine.Start(BuildContext, IReadOnlyCollection{OutputHandle}?, Func{PipelineRun, Task}?, IProgress{string}?, CancellationToken)"/>):
    /// part of the run, which is not complete before it.</param>
    internal PipelineRun(PipelineOutputs outputs, IReadOnlyDictionary<string, Task> pipelines, Task? between)
    {
        _outputs = outputs;
        _pipelines = pipelines;
        _between = between;
        Completion = CompleteAsync();
    }

    /// <summary>Every pipeline's output once all have run; faults with the first pipeline's exception.</summary>
    public Task<PipelineOutputs> Completion { get; }

    /// <summary>The output of one pipeline once it has run (what its dependencies produced is published by then too).</summary>
    /// <exception cref="ArgumentException">No pipeline of this build publishes <paramref name="output"/>.</exception>
    public async Task<T> ReadyAsync<T>(Output<T> output) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!_pipelines.TryGetValue(output.Name, out var pipeline))
        {
            throw new ArgumentException($"No pipeline of this build publishes '{output.Name}'.", nameof(output));
        }
        await pipeline.ConfigureAwait(false);
        return _outputs.Get(output);
    }

    private async Task<PipelineOutputs> CompleteAsync()
    {
        await Task.WhenAll(_between is null ? _pipelines.Values : _pipelines.Values.Append(_between)).ConfigureAwait(false);
        return _outputs;
    }
}
