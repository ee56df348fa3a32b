using System.Collections.Concurrent;

namespace StatiqGuides.Core.Pipelines;

/// <summary>The value each finished pipeline produced, by handle; groups read as their members' lists joined.</summary>
/// <remarks>Thread-safe: pipelines publish once, from any thread, before any pipeline reading them starts. In a run that
/// keeps only some outputs (<see cref="BuildContext.Keeping"/>), the others are dropped once their readers are done.</remarks>
public sealed class PipelineOutputs
{
    // What a dropped output's value becomes, so that reading it says why it is gone.
    private static readonly object Dropped = new();

    private readonly ConcurrentDictionary<OutputHandle, object> _values = new();
    private readonly ILookup<OutputHandle, OutputHandle> _groupMembers;

    internal PipelineOutputs(ILookup<OutputHandle, OutputHandle> groupMembers)
    {
        _groupMembers = groupMembers;
    }

    /// <summary>The value of a pipeline that has run.</summary>
    /// <exception cref="InvalidOperationException">The pipeline has not run, or its output was dropped.</exception>
    public T Get<T>(Output<T> output) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(output);
        return (T)Value(output);
    }

    /// <summary>Every member's list of a group, joined in the order the members were added.</summary>
    /// <exception cref="InvalidOperationException">A member has not run, or its output was dropped.</exception>
    public IReadOnlyList<T> Get<T>(OutputGroup<T> group) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(group);
        return [.. _groupMembers[group].SelectMany(m => (IReadOnlyList<T>)Value(m))];
    }

    private object Value(OutputHandle output)
    {
        if (!_values.TryGetValue(output, out var value)) throw new InvalidOperationException($"Pipeline '{output.Name}' has not run.");
        return value != Dropped ? value : throw new InvalidOperationException(
            $"Pipeline '{output.Name}''s output was dropped once the pipelines reading it had run: a caller that reads it after the build keeps it (BuildContext.Keeping).");
    }

    internal void Set(OutputHandle output, object value)
    {
        if (!_values.TryAdd(output, value))
        {
            throw new InvalidOperationException($"Pipeline '{output.Name}' published twice.");
        }
    }

    internal void Drop(OutputHandle output) => _values[output] = Dropped;
}
