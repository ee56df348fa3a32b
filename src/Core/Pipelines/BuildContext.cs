using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Core.Pipelines;

/// <summary>What every module of one build shares: the options, the diagnostics sink and the outputs of earlier pipelines.</summary>
/// <remarks>One instance per build. Thread-safe: options are immutable, the sink is concurrent, and a pipeline's
/// outputs are published once, before any pipeline that depends on it starts.</remarks>
public sealed class BuildContext(BuildOptions options, IDiagnosticSink diagnostics)
{
    private readonly PipelineOutputs _outputs = new();

    private BuildContext(BuildOptions options, IDiagnosticSink diagnostics, PipelineOutputs outputs)
        : this(options, diagnostics)
    {
        _outputs = outputs;
    }

    public BuildOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public IDiagnosticSink Diagnostics { get; } = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));

    public int MaxParallelism => Options.MaxParallelism;

    /// <summary>The results of earlier builds of a long-lived session; null for a one-shot build, which computes everything.</summary>
    public Caching.BuildCache? Cache { get; init; }

    /// <summary>The value of <paramref name="compute"/>, from the session's cache when an earlier build computed it for the
    /// same key. <paramref name="compute"/> must report to the sink it is given, not to <see cref="Diagnostics"/>.</summary>
    public T Memo<T>(string scope, string key, Func<IDiagnosticSink, T> compute, Func<T, bool>? isCurrent = null) =>
        Cache is null ? compute(Diagnostics) : Cache.GetOrCompute(scope, key, Diagnostics, compute, isCurrent);

    /// <summary>The documents a finished pipeline produced. Only pipelines declared as dependencies may be read.</summary>
    public IReadOnlyList<Document> OutputOf(string pipelineName) => _outputs.Get(pipelineName);

    /// <summary>The single document of a pipeline that produces one shared object (the catalog, the theme).</summary>
    public T SharedOf<T>(string pipelineName) where T : class => OutputOf(pipelineName).Single(d => d.Holds<T>()).ContentAs<T>();

    /// <summary>The same build seen through another sink: for code that reports through the context while a cache
    /// records what it reports (see <see cref="Memo"/>).</summary>
    public BuildContext WithDiagnostics(IDiagnosticSink sink) => new(Options, sink, _outputs) { Cache = Cache };

    internal void Publish(string pipelineName, IReadOnlyList<Document> documents) => _outputs.Set(pipelineName, documents);
}
