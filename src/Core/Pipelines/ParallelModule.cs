namespace StatiqGuides.Core.Pipelines;

/// <summary>A module that handles each document on its own, so documents are processed in parallel.</summary>
/// <remarks>Output order follows input order whatever the scheduling, which keeps builds deterministic.</remarks>
public abstract class ParallelModule : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var results = new IReadOnlyList<Document>[documents.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = context.MaxParallelism };
        Parallel.For(0, documents.Count, options, i => results[i] = Process(documents[i], context));
        return ValueTask.FromResult<IReadOnlyList<Document>>(results.SelectMany(r => r).ToList());
    }

    /// <summary>Turns one document into zero, one or several documents.</summary>
    protected abstract IReadOnlyList<Document> Process(Document document, BuildContext context);
}
