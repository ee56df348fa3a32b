using System.Collections.Concurrent;
using System.Text;

namespace StatiqGuides.Core.Content;

/// <summary>Builders that a module's items take in turn, so that each page or body is written into one an earlier item
/// used rather than into new chunks. Thread-safe; held by a module instance, not shared between builds' modules.</summary>
public sealed class StringBuilderPool
{
    /// <summary>Builders above this many characters go back to the collector instead.</summary>
    private const int KeptCapacity = 1 << 20;

    private readonly ConcurrentBag<StringBuilder> _builders = [];

    /// <summary>An empty builder; give it back with <see cref="Return"/> once nothing reads it.</summary>
    public StringBuilder Rent() => _builders.TryTake(out var builder) ? builder : new StringBuilder();

    public void Return(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Capacity > KeptCapacity) return;
        builder.Clear();
        _builders.Add(builder);
    }
}
