namespace StatiqGuides.Core.Pipelines;

/// <summary>Collects one pipeline's name, dependencies and modules; <see cref="Build"/> freezes them.</summary>
public sealed class PipelineBuilder(string name)
{
    private readonly List<string> _dependencies = [];
    private readonly List<IModule> _modules = [];

    public PipelineBuilder DependsOn(params string[] pipelineNames)
    {
        _dependencies.AddRange(pipelineNames);
        return this;
    }

    public PipelineBuilder Add(IModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        _modules.Add(module);
        return this;
    }

    public Pipeline Build() => new(name, _dependencies, _modules);
}
