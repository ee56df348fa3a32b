namespace StatiqGuides.Core.Pipelines;

/// <summary>Collects the pipelines of a site: add one, replace one, replace a module, group outputs; <see cref="Build"/>
/// freezes them into a <see cref="PipelineEngine"/>. Dependencies are never written: they are the handles each module reads.</summary>
/// <remarks>Not thread-safe while being built; the engine it builds is immutable.</remarks>
public sealed class PipelineGraph
{
    private readonly List<Pipeline> _pipelines = [];
    private readonly List<(OutputHandle Group, OutputHandle Member)> _groupMembers = [];
    private readonly List<OutputHandle> _groups = [];

    public IReadOnlyList<Pipeline> Pipelines => _pipelines;

    /// <summary>Starts a pipeline with its first module; <see cref="PipelineBuilder{T}.Publish"/> adds it.</summary>
    public PipelineBuilder<T> Add<T>(string name, IModule<NoInput, T> first) where T : notnull
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new PipelineBuilder<T>(this, name, null, [PipelineStep.Of(first)]);
    }

    /// <summary>Starts a pipeline that takes the place of <paramref name="output"/>'s: modules reading that handle read
    /// the new pipeline's value.</summary>
    public PipelineBuilder<TFirst> Replace<T, TFirst>(Output<T> output, IModule<NoInput, TFirst> first) where T : notnull where TFirst : notnull
    {
        ArgumentNullException.ThrowIfNull(output);
        _ = PipelineOf(output);
        return new PipelineBuilder<TFirst>(this, output.Name, output, [PipelineStep.Of(first)]);
    }

    /// <summary>Puts <paramref name="replacement"/> in the place of every module of type <typeparamref name="TModule"/>.
    /// The replacement must take and give the same types; it may read other outputs.</summary>
    /// <exception cref="PipelineGraphException">No module has that type, or the replacement does not fit.</exception>
    public PipelineGraph ReplaceModule<TModule>(Func<TModule, PipelineStep> replacement) where TModule : class
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var found = false;
        for (var p = 0; p < _pipelines.Count; p++)
        {
            var steps = _pipelines[p].Steps.ToList();
            for (var s = 0; s < steps.Count; s++)
            {
                if (steps[s].Module is not TModule module) continue;
                var step = replacement(module);
                if (step.InputType != steps[s].InputType || step.OutputType != steps[s].OutputType)
                {
                    throw new PipelineGraphException($"{step.Name} cannot replace {steps[s].Name} in pipeline '{_pipelines[p].Name}': "
                        + $"it takes {step.InputType.Name} and gives {step.OutputType.Name}, not {steps[s].InputType.Name} and {steps[s].OutputType.Name}.");
                }
                steps[s] = step;
                found = true;
            }
            _pipelines[p] = new Pipeline(_pipelines[p].Output, steps);
        }
        return found ? this : throw new PipelineGraphException($"No pipeline has a {typeof(TModule).Name} module to replace.");
    }

    /// <summary>A new, empty group of outputs.</summary>
    public OutputGroup<T> Group<T>(string name) where T : notnull
    {
        var group = new OutputGroup<T>(name);
        _groups.Add(group);
        return group;
    }

    /// <summary>Adds a pipeline's list to a group: a module reading the group reads it too.</summary>
    public PipelineGraph AddTo<T>(OutputGroup<T> group, Output<IReadOnlyList<T>> member) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(member);
        _ = PipelineOf(member);
        _groupMembers.Add((group, member));
        return this;
    }

    /// <summary>The members of a group, in the order they were added.</summary>
    public IReadOnlyList<OutputHandle> MembersOf(OutputHandle group) => [.. _groupMembers.Where(m => m.Group == group).Select(m => m.Member)];

    /// <summary>Validates the graph (unknown outputs, cycles, two pipelines of one name) and freezes it.</summary>
    public PipelineEngine Build() => new(_pipelines, _groupMembers.ToLookup(m => m.Group, m => m.Member));

    internal Output<T> Publish<T>(Output<T> output, List<PipelineStep> steps, bool replaces) where T : notnull
    {
        if (steps[^1].OutputType != typeof(T))
        {
            throw new PipelineGraphException($"Pipeline '{output.Name}' ends with {steps[^1].Name}, which does not give {typeof(T).Name}.");
        }
        var pipeline = new Pipeline(output, steps);
        if (replaces)
        {
            _pipelines[_pipelines.IndexOf(PipelineOf(output))] = pipeline;
            return output;
        }
        if (_pipelines.Any(p => p.Name == output.Name) || _groups.Any(g => g.Name == output.Name))
        {
            throw new PipelineGraphException($"Two pipelines are named '{output.Name}'.");
        }
        _pipelines.Add(pipeline);
        return output;
    }

    private Pipeline PipelineOf(OutputHandle output) =>
        _pipelines.FirstOrDefault(p => p.Output == output) ?? throw new PipelineGraphException($"Output '{output.Name}' belongs to no pipeline of this graph.");
}
