namespace StatiqGuides.Core.Pipelines;

/// <summary>Starts a pipeline with another pipeline's value.</summary>
public sealed class ReadOutput<T>(Output<T> output) : PipelineModule<NoInput, T>(output) where T : notnull
{
    public override ValueTask<T> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(context.Read(output));
    }
}
