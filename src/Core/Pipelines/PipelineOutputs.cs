using System.Collections.Concurrent;

namespace StatiqGuides.Core.Pipelines;

/// <summary>The documents each finished pipeline produced, by pipeline name.</summary>
internal sealed class PipelineOutputs
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<Document>> _byName = new(StringComparer.Ordinal);

    public IReadOnlyList<Document> Get(string name) =>
        _byName.TryGetValue(name, out var documents)
            ? documents
            : throw new InvalidOperationException($"Pipeline '{name}' has not run: declare it as a dependency.");

    public void Set(string name, IReadOnlyList<Document> documents)
    {
        if (!_byName.TryAdd(name, documents))
        {
            throw new InvalidOperationException($"Pipeline '{name}' published twice.");
        }
    }
}
