namespace StatiqGuides.Core.Pipelines;

/// <summary>A named sequence of modules producing one output; each module runs after the pipelines producing what it reads.</summary>
/// <remarks>Immutable. The first module receives <see cref="NoInput"/>, each next one the value of the one before; the
/// last one's value is the pipeline's <see cref="Output"/>.</remarks>
public sealed class Pipeline
{
    internal Pipeline(OutputHandle output, IReadOnlyList<PipelineStep> steps)
    {
        Output = output;
        Steps = steps;
    }

    public string Name => Output.Name;

    public OutputHandle Output { get; }

    public IReadOnlyList<PipelineStep> Steps { get; }

    /// <summary>Every output the pipeline's modules read: what it depends on.</summary>
    public IReadOnlyList<OutputHandle> Reads => [.. Steps.SelectMany(s => s.Reads).Distinct()];

    /// <param name="ready">Completes once what the step at that index reads is published.</param>
    internal async Task<object> RunAsync(BuildContext context, Func<int, Task> ready, CancellationToken cancellationToken)
    {
        object value = NoInput.Value;
        for (var index = 0; index < Steps.Count; index++)
        {
            var step = Steps[index];
            await ready(index).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            value = await step.RunAsync(value, context.Reading(this, step), cancellationToken).ConfigureAwait(false);
        }
        return value;
    }
}
