namespace StatiqGuides.Core.Pipelines;

/// <summary>What a module reads: the output of one pipeline (<see cref="Output{T}"/>) or of a group of them
/// (<see cref="OutputGroup{T}"/>). Handles are created by <see cref="PipelineGraph"/> and compared by reference.</summary>
public abstract class OutputHandle
{
    private protected OutputHandle(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The pipeline's (or the group's) name: for messages, progress and the cache's scopes.</summary>
    public string Name { get; }

    /// <summary>This output's value as a module with <paramref name="context"/> reads it (read checks included).</summary>
    internal abstract object ValueIn(BuildContext context);

    public override string ToString() => Name;
}
