using System.Collections.Concurrent;

namespace StatiqGuides.Core.Pipelines;

/// <summary>The value each finished pipeline produced, by handle; groups read as their members' lists joined.</summary>
/// <remarks>Thread-safe: pipelines publish once, from any thread, before any pipeline reading them starts.</remarks>
public sealed class PipelineOutputs
{
    private readonly ConcurrentDictionary<OutputHandle, object> _values = new();
    private readonly ILookup<OutputHandle, OutputHandle> _groupMembers;

    internal PipelineOutputs(ILookup<OutputHandle, OutputHandle> groupMembers)
    {
        _groupMembers = groupMembers;
    }

    /// <summary>The value of a pipeline that has run.</summary>
    public T Get<T>(Output<T> output) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(output);
        return _values.TryGetValue(output, out var value)
            ? (T)value
            : throw new InvalidOperationException($"Pipeline '{output.Name}' has not run.");
    }

    /// <summary>Every member's list of a group, joined in the order the members were added.</summary>
    public IReadOnlyList<T> Get<T>(OutputGroup<T> group) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(group);
        return [.. _groupMembers[group].SelectMany(m => _values.TryGetValue(m, out var value)
            ? (IReadOnlyList<T>)value
            : throw new InvalidOperationException($"Pipeline '{m.Name}' has not run."))];
    }

    internal void Set(OutputHandle output, object value)
    {
        if (!_values.TryAdd(output, value))
        {
            throw new InvalidOperationException($"Pipeline '{output.Name}' published twice.");
        }
    }
}
