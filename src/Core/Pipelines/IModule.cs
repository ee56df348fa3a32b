namespace StatiqGuides.Core.Pipelines;

/// <summary>One step of a pipeline: takes documents, returns new documents.</summary>
/// <remarks>
/// A module is built once per build and may be called from any thread, so it keeps no mutable state
/// between calls. It returns a list rather than an async stream because every module downstream needs
/// the whole set anyway (navigation, cross-references), and a list keeps the output order stable.
/// </remarks>
public interface IModule
{
    ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken);
}
