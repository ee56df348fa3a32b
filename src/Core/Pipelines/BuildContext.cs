using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Core.Pipelines;

/// <summary>What every module of one build shares: the options, the diagnostics sink and the outputs of earlier pipelines.</summary>
/// <remarks>One instance per build. Thread-safe: options are immutable, the sink is concurrent, and a pipeline's
/// outputs are published once, before any pipeline that depends on it starts.</remarks>
public sealed class BuildContext(BuildOptions options, IDiagnosticSink diagnostics)
{
    private readonly PipelineOutputs _outputs = new();

    public BuildOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public IDiagnosticSink Diagnostics { get; } = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));

    public int MaxParallelism => Options.MaxParallelism;

    /// <summary>The documents a finished pipeline produced. Only pipelines declared as dependencies may be read.</summary>
    public IReadOnlyList<Document> OutputOf(string pipelineName) => _outputs.Get(pipelineName);

    /// <summary>The single document of a pipeline that produces one shared object (the catalog, the theme).</summary>
    public T SharedOf<T>(string pipelineName) where T : class => OutputOf(pipelineName).Single(d => d.Holds<T>()).ContentAs<T>();

    internal void Publish(string pipelineName, IReadOnlyList<Document> documents) => _outputs.Set(pipelineName, documents);
}
