namespace StatiqGuides.Core.Pipelines;

/// <summary>Starts a pipeline with the documents another pipeline produced.</summary>
public sealed class PassThrough(string pipelineName) : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(context.OutputOf(pipelineName));
    }
}
