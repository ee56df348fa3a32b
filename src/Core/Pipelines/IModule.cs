namespace StatiqGuides.Core.Pipelines;

/// <summary>One step of a pipeline: turns the previous step's value into a new one, reading only the outputs it declares.</summary>
/// <remarks>
/// A module is built once and may be called from any thread and by many builds, so it keeps no mutable state between
/// calls. Its dependencies are the handles in <see cref="Reads"/>, usually the ones its constructor was given: the graph
/// orders pipelines by them, and <see cref="BuildContext"/> refuses a read of any other output, so a dependency is
/// declared once and cannot be forgotten. Values are immutable: a module returns new values and never changes its input.
/// </remarks>
public interface IModule<in TInput, TOutput> where TOutput : notnull
{
    /// <summary>The outputs this module reads.</summary>
    IReadOnlyList<OutputHandle> Reads { get; }

    ValueTask<TOutput> ExecuteAsync(TInput input, BuildContext context, CancellationToken cancellationToken);
}
