namespace StatiqGuides.Core.Pipelines;

/// <summary>Collects a pipeline's modules, each taking the value of the one before; <see cref="Publish"/> adds the
/// pipeline to its graph and returns the typed handle that other modules read it by.</summary>
public sealed class PipelineBuilder<T> where T : notnull
{
    private readonly PipelineGraph _graph;
    private readonly string _name;
    private readonly OutputHandle? _replacing;
    private readonly List<PipelineStep> _steps;

    internal PipelineBuilder(PipelineGraph graph, string name, OutputHandle? replacing, List<PipelineStep> steps)
    {
        _graph = graph;
        _name = name;
        _replacing = replacing;
        _steps = steps;
    }

    /// <summary>Adds a module that takes this pipeline's value so far.</summary>
    public PipelineBuilder<TNext> Then<TNext>(IModule<T, TNext> module) where TNext : notnull =>
        new(_graph, _name, _replacing, [.. _steps, PipelineStep.Of(module)]);

    /// <summary>Adds the pipeline to the graph (or puts it in the place of the one it replaces) and returns its handle.</summary>
    /// <exception cref="PipelineGraphException">The pipeline replaces one whose output has another type.</exception>
    public Output<T> Publish()
    {
        if (_replacing is null) return _graph.Publish(new Output<T>(_name), _steps, replaces: false);
        return _replacing is Output<T> replaced
            ? _graph.Publish(replaced, _steps, replaces: true)
            : throw new PipelineGraphException($"Pipeline '{_name}' must produce what the pipeline it replaces produced, not {typeof(T).Name}.");
    }
}
