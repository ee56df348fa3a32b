using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Core.Pipelines;

/// <summary>What a module sees of one build: the options, the diagnostics sink, the session's cache, and the outputs it
/// declared it reads — no others.</summary>
/// <remarks>One root instance per build; the engine hands each module a view limited to its <see cref="IModule{TInput,TOutput}.Reads"/>.
/// Thread-safe: options are immutable, the sink is concurrent, and an output is published before any reader starts.</remarks>
public sealed class BuildContext
{
    private readonly PipelineOutputs? _outputs;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<object, Lazy<object>> _perBuild;
    private readonly IReadOnlySet<OutputHandle> _readable;
    private readonly string _reader;
    private readonly IReadOnlyDictionary<OutputHandle, object>? _views;

    public BuildContext(BuildOptions options, IDiagnosticSink diagnostics)
        : this(options, diagnostics, null, null, null, null, new HashSet<OutputHandle>(), "the build", new(ReferenceEqualityComparer.Instance), null)
    {
    }

    private BuildContext(BuildOptions options, IDiagnosticSink diagnostics, Caching.BuildCache? cache, IOutputStaging? staging,
        IReadOnlySet<OutputHandle>? kept, PipelineOutputs? outputs, IReadOnlySet<OutputHandle> readable, string reader,
        System.Collections.Concurrent.ConcurrentDictionary<object, Lazy<object>> perBuild, IReadOnlyDictionary<OutputHandle, object>? views)
    {
        _perBuild = perBuild;
        _views = views;
        Kept = kept;
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
        Cache = cache;
        Staging = staging;
        _outputs = outputs;
        _readable = readable;
        _reader = reader;
    }

    public BuildOptions Options { get; }

    public IDiagnosticSink Diagnostics { get; }

    public int MaxParallelism => Options.MaxParallelism;

    /// <summary>The results of earlier builds of a long-lived session; null for a one-shot build, which computes everything.</summary>
    public Caching.BuildCache? Cache { get; private init; }

    /// <summary>The staging folder of a write build, which pages are written to as they are made; null when checking and
    /// in <c>serve</c>, which keep every file in memory.</summary>
    public IOutputStaging? Staging { get; }

    /// <summary>The outputs the caller reads after the build (see <see cref="Keeping"/>); null when it may read any.</summary>
    public IReadOnlySet<OutputHandle>? Kept { get; }

    /// <summary>This build dropping each output once every pipeline reading it has run, but those of <paramref name="kept"/>
    /// (a group stands for its members), which the caller reads when the build is done: a one-shot build holds only what
    /// is still to be read. Reading a dropped output afterwards throws.</summary>
    public BuildContext Keeping(IEnumerable<OutputHandle> kept) =>
        new(Options, Diagnostics, Cache, Staging, (kept ?? throw new ArgumentNullException(nameof(kept))).ToHashSet(), _outputs, _readable, _reader, _perBuild, _views);

    /// <summary>This build with a session's cache.</summary>
    /// <exception cref="InvalidOperationException">The build stages its files: a cache would keep stand-ins for files of a
    /// staging folder that the next build no longer has.</exception>
    public BuildContext WithCache(Caching.BuildCache cache) => Staging is null
        ? new(Options, Diagnostics, cache, null, Kept, _outputs, _readable, _reader, _perBuild, _views)
        : throw new InvalidOperationException("a build that stages its files cannot keep a cache");

    /// <summary>This build writing its pages to <paramref name="staging"/> as they are made.</summary>
    /// <exception cref="InvalidOperationException">The build has a cache (see <see cref="WithCache"/>).</exception>
    public BuildContext WithStaging(IOutputStaging staging) => Cache is null
        ? new(Options, Diagnostics, null, staging ?? throw new ArgumentNullException(nameof(staging)), Kept, _outputs, _readable, _reader, _perBuild, _views)
        : throw new InvalidOperationException("a build that keeps a cache cannot stage its files");

    /// <summary>The same view reporting to another sink: for a cached step, whose sink records what it reports.</summary>
    public BuildContext WithDiagnostics(IDiagnosticSink sink) => new(Options, sink, Cache, Staging, Kept, _outputs, _readable, _reader, _perBuild, _views);

    /// <summary>A finished file, written now to the staging folder of a write build and returned as its stand-in, so that
    /// the build stops holding it; the file itself when the build does not stage (check, <c>serve</c>).</summary>
    public OutputFile Stage(OutputFile file) => Staging?.Stage(file, Diagnostics) ?? file;

    /// <summary>The text file at <paramref name="path"/> that <paramref name="text"/> holds, staged as <see cref="Stage(OutputFile)"/>
    /// stages a file; made a string only when the build does not stage. The builder is read, not kept.</summary>
    public OutputFile Stage(string path, System.Text.StringBuilder text) =>
        Staging?.Stage(path, text, Diagnostics) ?? OutputFile.FromText(path, text.ToString());

    /// <summary>The value of an output this module declared it reads.</summary>
    /// <exception cref="PipelineGraphException">The module does not declare <paramref name="output"/>: refused whether
    /// or not that pipeline has run, so an undeclared read fails every time, never only in a race.</exception>
    public T Read<T>(Output<T> output) where T : notnull
    {
        CheckReadable(output);
        return _views is not null && _views.TryGetValue(output, out var view) ? (T)view : _outputs!.Get(output);
    }

    /// <summary>The same view reading <paramref name="views"/> in place of the outputs they stand for: for a cached step,
    /// the recording views of the outputs it reads lookup by lookup (<see cref="Caching.ITrackedReads"/>).</summary>
    internal BuildContext Viewing(IReadOnlyDictionary<OutputHandle, object> views) =>
        new(Options, Diagnostics, Cache, Staging, Kept, _outputs, _readable, _reader, _perBuild, views);

    /// <summary>The joined lists of a group this module declared it reads.</summary>
    public IReadOnlyList<T> Read<T>(OutputGroup<T> group) where T : notnull
    {
        CheckReadable(group);
        return _outputs!.Get(group);
    }

    /// <summary>A value computed once per build for <paramref name="owner"/> (a module), however many items and threads ask:
    /// what a module's items share, such as indexes over the catalog. It must be made only from what the module reads.</summary>
    public T PerBuild<T>(object owner, Func<T> create) where T : class
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(create);
        return (T)_perBuild.GetOrAdd(owner, _ => new Lazy<object>(() => create(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    internal BuildContext Running(PipelineOutputs outputs) =>
        new(Options, Diagnostics, Cache, Staging, Kept, outputs, _readable, _reader, new(ReferenceEqualityComparer.Instance), null);

    internal BuildContext Reading(Pipeline pipeline, PipelineStep step) =>
        new(Options, Diagnostics, Cache, Staging, Kept, _outputs, step.Reads.ToHashSet(), $"{step.Name} (pipeline '{pipeline.Name}')", _perBuild, null);

    private void CheckReadable(OutputHandle output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_outputs is null || !_readable.Contains(output))
        {
            throw new PipelineGraphException($"{_reader} reads '{output.Name}' without declaring it: give the handle to its constructor (Reads).");
        }
    }
}
