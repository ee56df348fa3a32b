namespace StatiqGuides.Core.Pipelines;

/// <summary>Runs a frozen set of pipelines in dependency order, independent pipelines side by side.</summary>
/// <remarks>Built by <see cref="PipelineGraph.Build"/>, which validates the graph, so an output read but produced by no
/// pipeline, or a cycle, is rejected before anything runs. Immutable: an engine may run many builds, one
/// <see cref="BuildContext"/> each, one after the other or at once.</remarks>
public sealed class PipelineEngine
{
    private readonly Dictionary<string, Pipeline> _byName;
    private readonly Dictionary<string, IReadOnlyList<string>> _dependencies;
    private readonly ILookup<OutputHandle, OutputHandle> _groupMembers;
    private readonly Dictionary<OutputHandle, string> _producers;
    private readonly Dictionary<string, IReadOnlyList<OutputHandle>> _reads;

    internal PipelineEngine(IReadOnlyList<Pipeline> pipelines, ILookup<OutputHandle, OutputHandle> groupMembers)
    {
        _groupMembers = groupMembers;
        _producers = pipelines.ToDictionary(p => p.Output, p => p.Name);
        _byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        _dependencies = pipelines.ToDictionary(p => p.Name, p => (IReadOnlyList<string>)[.. p.Reads
            .SelectMany(ProducersOf)
            .Select(read => read.Producer
                ?? throw new PipelineGraphException($"Pipeline '{p.Name}' reads '{read.Output.Name}', which no pipeline of the graph produces."))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)], StringComparer.Ordinal);
        _reads = pipelines.ToDictionary(p => p.Name, p => (IReadOnlyList<OutputHandle>)[.. p.Reads.SelectMany(ProducersOf).Select(r => r.Output).Distinct()],
            StringComparer.Ordinal);
        ExecutionOrder = TopologicalOrder();
    }

    /// <summary>One valid sequential order: every pipeline after all of its dependencies.</summary>
    public IReadOnlyList<string> ExecutionOrder { get; }

    public IReadOnlyList<Pipeline> Pipelines => [.. ExecutionOrder.Select(n => _byName[n])];

    /// <summary>The pipelines a pipeline runs after: those producing what its modules read.</summary>
    public IReadOnlyList<string> DependenciesOf(string pipelineName) => _dependencies[pipelineName];

    /// <summary>Runs every pipeline; each step starts as soon as the pipelines producing what it reads have published their
    /// outputs.</summary>
    /// <param name="progress">Told the name of each pipeline as it starts; may be null.</param>
    /// <returns>Every pipeline's output, for the caller to read after the build; only those it keeps when the context says
    /// so (<see cref="BuildContext.Keeping"/>).</returns>
    public Task<PipelineOutputs> RunAsync(BuildContext context, IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        Start(context, progress, cancellationToken).Completion;

    /// <summary>Starts a build as <see cref="RunAsync"/> does, and returns at once: the caller may read each output as
    /// soon as its pipeline has published it (<see cref="PipelineRun.ReadyAsync{T}"/>), before the whole build ends.</summary>
    public PipelineRun Start(BuildContext context, IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        Start(context, null, progress, cancellationToken);

    /// <summary>Starts a build as <see cref="Start(BuildContext, IProgress{string}?, CancellationToken)"/> does, the
    /// pipelines that <paramref name="first"/> needs before the others.</summary>
    /// <param name="first">Outputs wanted before the others (<c>serve</c>'s pages): the pipelines they need run first,
    /// and every other pipeline starts only once they are published, so that on a machine of few cores the rest does not
    /// slow them down. Null or empty: every pipeline starts at once, each step as soon as what it reads is published.</param>
    /// <exception cref="ArgumentException">No pipeline of this engine publishes one of <paramref name="first"/>.</exception>
    public PipelineRun Start(BuildContext context, IReadOnlyCollection<OutputHandle>? first, IProgress<string>? progress = null,
        CancellationToken cancellationToken = default) =>
        Start(context, first, null, progress, cancellationToken);

    /// <summary>Starts a build as <see cref="Start(BuildContext, IReadOnlyCollection{OutputHandle}?, IProgress{string}?, CancellationToken)"/>
    /// does, and once <paramref name="first"/> is published runs <paramref name="whenFirst"/> before any other pipeline
    /// starts: <c>serve</c> shows the changed pages while nothing else of the build competes for the cores.</summary>
    /// <param name="whenFirst">Given the run once the first outputs are published; its failure fails the run. Null: nothing
    /// runs between.</param>
    public PipelineRun Start(BuildContext context, IReadOnlyCollection<OutputHandle>? first, Func<PipelineRun, Task>? whenFirst,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outputs = new PipelineOutputs(_groupMembers);
        var running = context.Running(outputs);
        var release = context.Kept is { } kept ? new OutputRelease(outputs, _reads, kept.SelectMany(ProducersOf).Select(p => p.Output).ToHashSet()) : null;
        var needed = NeededFor(first ?? []);
        var opened = needed.Count > 0 ? new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) : null;
        var tasks = new Dictionary<string, Task>(StringComparer.Ordinal);
        // Needed pipelines first: their set holds all their dependencies, so this order stays one of dependencies first.
        foreach (var name in ExecutionOrder.Where(needed.Contains).Concat(ExecutionOrder.Where(n => !needed.Contains(n))))
        {
            var pipeline = _byName[name];
            Task[] gate = opened is not null && !needed.Contains(name) ? [opened.Task] : [];
            var steps = pipeline.Steps.Select(step => (Task[])[.. step.Reads.SelectMany(ProducersOf)
                .Select(read => read.Producer!).Distinct(StringComparer.Ordinal).Select(producer => tasks[producer])]).ToArray();
            tasks[name] = RunAfterAsync(pipeline, gate, steps, running, outputs, release, progress, cancellationToken);
        }
        var run = new PipelineRun(outputs, tasks, opened?.Task);
        if (opened is not null) _ = OpenAsync([.. needed.Select(n => tasks[n])], run, whenFirst, opened);
        return run;
    }

    /// <summary>Lets the pipelines that wait for the first outputs start, once those are published and the caller has
    /// done with them; a failure among them fails the ones waiting too.</summary>
    private static async Task OpenAsync(Task[] needed, PipelineRun run, Func<PipelineRun, Task>? whenFirst, TaskCompletionSource opened)
    {
        try
        {
            await Task.WhenAll(needed).ConfigureAwait(false);
            if (whenFirst is not null) await whenFirst(run).ConfigureAwait(false);
            opened.SetResult();
        }
        catch (Exception exception)
        {
            opened.SetException(exception);
        }
    }

    /// <summary>The pipelines publishing <paramref name="first"/> (a group's members for a group) and all they depend on.</summary>
    private HashSet<string> NeededFor(IReadOnlyCollection<OutputHandle> first)
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (var (output, producer) in first.SelectMany(ProducersOf))
        {
            pending.Push(producer ?? throw new ArgumentException($"No pipeline of this engine publishes '{output.Name}'.", nameof(first)));
        }
        while (pending.TryPop(out var name))
        {
            if (!needed.Add(name)) continue;
            foreach (var dependency in _dependencies[name]) pending.Push(dependency);
        }
        return needed;
    }

    /// <summary>The outputs a handle stands for (a group's members, else itself), each with the pipeline producing it,
    /// null when none does.</summary>
    private IEnumerable<(OutputHandle Output, string? Producer)> ProducersOf(OutputHandle handle) =>
        (_groupMembers.Contains(handle) ? _groupMembers[handle] : [handle]).Select(o => (o, _producers.GetValueOrDefault(o)));

    /// <summary>Runs <paramref name="pipeline"/> once <paramref name="gate"/> is done, each of its steps once the pipelines
    /// producing what that step reads have published: a pipeline whose last step reads a slow output does its first steps
    /// meanwhile.</summary>
    private static async Task RunAfterAsync(Pipeline pipeline, Task[] gate, Task[][] stepDependencies, BuildContext context,
        PipelineOutputs outputs, OutputRelease? release, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        await Task.WhenAll(gate).ConfigureAwait(false);
        // Yield so that independent pipelines really run side by side instead of inline on the caller.
        await Task.Yield();
        // Told when its first step can run, which is when the pipeline starts for whoever watches.
        if (stepDependencies.Length > 0) await ReadyAsync(stepDependencies[0]).ConfigureAwait(false);
        progress?.Report(pipeline.Name);
        outputs.Set(pipeline.Output, await pipeline.RunAsync(context, step => ReadyAsync(stepDependencies[step]), cancellationToken).ConfigureAwait(false));
        release?.Finished(pipeline.Name, pipeline.Output);
    }

    private static async Task ReadyAsync(Task[] dependencies)
    {
        if (Array.TrueForAll(dependencies, d => d.IsCompletedSuccessfully)) return;
        await Task.WhenAll(dependencies).ConfigureAwait(false);
        // The pipeline that finished last would otherwise run every step waiting for it, one after the other, on its thread.
        await Task.Yield();
    }

    private List<string> TopologicalOrder()
    {
        var order = new List<string>(_byName.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the stack, true: done
        foreach (var name in _byName.Keys.Order(StringComparer.Ordinal))
        {
            Visit(name, []);
        }
        return order;

        void Visit(string name, List<string> path)
        {
            if (state.TryGetValue(name, out var done))
            {
                if (!done)
                {
                    var cycle = path.SkipWhile(p => p != name).Append(name);
                    throw new PipelineGraphException($"Pipelines form a cycle: {string.Join(" -> ", cycle)}.");
                }
                return;
            }
            state[name] = false;
            path.Add(name);
            foreach (var dependency in _dependencies[name])
            {
                Visit(dependency, path);
            }
            path.RemoveAt(path.Count - 1);
            state[name] = true;
            order.Add(name);
        }
    }
}
