namespace StatiqGuides.Core.Pipelines;

/// <summary>Runs a set of pipelines in dependency order, independent pipelines side by side.</summary>
/// <remarks>The constructor validates the graph, so an unknown dependency or a cycle is rejected before
/// anything runs. An engine may run many builds, one <see cref="BuildContext"/> each.</remarks>
public sealed class PipelineEngine
{
    private readonly Dictionary<string, Pipeline> _byName;

    public PipelineEngine(IEnumerable<Pipeline> pipelines)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                throw new PipelineGraphException($"Two pipelines are named '{pipeline.Name}'.");
            }
        }
        _byName = byName;
        ExecutionOrder = TopologicalOrder(byName);
    }

    /// <summary>One valid sequential order: every pipeline after all of its dependencies.</summary>
    public IReadOnlyList<string> ExecutionOrder { get; }

    /// <summary>Runs every pipeline; each starts as soon as all its dependencies have published their outputs.</summary>
    /// <param name="progress">Told the name of each pipeline as it starts; may be null.</param>
    public async Task RunAsync(BuildContext context, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tasks = new Dictionary<string, Task>(StringComparer.Ordinal);
        foreach (var name in ExecutionOrder)
        {
            var pipeline = _byName[name];
            var dependencies = pipeline.Dependencies.Select(d => tasks[d]).ToArray();
            tasks[name] = RunAfterAsync(pipeline, dependencies, context, progress, cancellationToken);
        }
        await Task.WhenAll(tasks.Values).ConfigureAwait(false);
    }

    private static async Task RunAfterAsync(
        Pipeline pipeline, Task[] dependencies, BuildContext context, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        await Task.WhenAll(dependencies).ConfigureAwait(false);
        // Yield so that independent pipelines really run side by side instead of inline on the caller.
        await Task.Yield();
        progress?.Report(pipeline.Name);
        var documents = await pipeline.RunAsync(context, cancellationToken).ConfigureAwait(false);
        context.Publish(pipeline.Name, documents);
    }

    private static List<string> TopologicalOrder(IReadOnlyDictionary<string, Pipeline> byName)
    {
        var order = new List<string>(byName.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the stack, true: done
        foreach (var name in byName.Keys.Order(StringComparer.Ordinal))
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
            foreach (var dependency in byName[name].Dependencies)
            {
                if (!byName.ContainsKey(dependency))
                {
                    throw new PipelineGraphException($"Pipeline '{name}' depends on unknown pipeline '{dependency}'.");
                }
                Visit(dependency, path);
            }
            path.RemoveAt(path.Count - 1);
            state[name] = true;
            order.Add(name);
        }
    }
}
