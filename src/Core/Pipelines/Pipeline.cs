namespace StatiqGuides.Core.Pipelines;

/// <summary>A named sequence of modules that runs after the pipelines it depends on.</summary>
/// <remarks>Immutable once built; the first module receives no documents and reads what it needs
/// from its dependencies' outputs through the <see cref="BuildContext"/>.</remarks>
public sealed class Pipeline
{
    public Pipeline(string name, IEnumerable<string> dependencies, IEnumerable<IModule> modules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Dependencies = [.. dependencies];
        Modules = [.. modules];
    }

    public string Name { get; }

    public IReadOnlyList<string> Dependencies { get; }

    public IReadOnlyList<IModule> Modules { get; }

    public async Task<IReadOnlyList<Document>> RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<Document> documents = [];
        foreach (var module in Modules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            documents = await module.ExecuteAsync(documents, context, cancellationToken).ConfigureAwait(false);
        }
        return documents;
    }
}
