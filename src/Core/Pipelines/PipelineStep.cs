namespace StatiqGuides.Core.Pipelines;

/// <summary>One module in a pipeline, with the value types it takes and gives, so the graph can check a replacement fits.</summary>
public sealed class PipelineStep
{
    private readonly Func<object, BuildContext, CancellationToken, ValueTask<object>> _run;

    private PipelineStep(object module, Type input, Type output, IReadOnlyList<OutputHandle> reads,
        Func<object, BuildContext, CancellationToken, ValueTask<object>> run)
    {
        Module = module;
        InputType = input;
        OutputType = output;
        Reads = reads;
        _run = run;
    }

    public object Module { get; }

    public Type InputType { get; }

    public Type OutputType { get; }

    public IReadOnlyList<OutputHandle> Reads { get; }

    public string Name => Module.GetType().Name;

    public static PipelineStep Of<TInput, TOutput>(IModule<TInput, TOutput> module) where TOutput : notnull
    {
        ArgumentNullException.ThrowIfNull(module);
        return new PipelineStep(module, typeof(TInput), typeof(TOutput), [.. module.Reads],
            async (input, context, cancellationToken) => await module.ExecuteAsync((TInput)input, context, cancellationToken).ConfigureAwait(false));
    }

    internal ValueTask<object> RunAsync(object input, BuildContext context, CancellationToken cancellationToken) =>
        _run(input, context, cancellationToken);
}
