namespace StatiqGuides.Core.Pipelines;

/// <summary>A module whose <see cref="Reads"/> are the handles given to its constructor.</summary>
public abstract class PipelineModule<TInput, TOutput>(params OutputHandle[] reads) : IModule<TInput, TOutput> where TOutput : notnull
{
    public IReadOnlyList<OutputHandle> Reads { get; } = [.. reads];

    public abstract ValueTask<TOutput> ExecuteAsync(TInput input, BuildContext context, CancellationToken cancellationToken);
}
