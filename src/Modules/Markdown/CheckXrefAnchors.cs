using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Reports <c>xref:uid#anchor</c> links whose anchor is no heading of the target page. Runs after every
/// page is rendered, since heading ids are only known then. Passes documents through unchanged.</summary>
public sealed class CheckXrefAnchors : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var rendered = documents.Select(d => d.ContentAs<RenderedContent>()).ToList();
        var idsByUid = rendered.ToDictionary(r => r.Item.Uid, r => r.HeadingIds, StringComparer.Ordinal);
        foreach (var anchor in rendered.SelectMany(r => r.XrefAnchors))
        {
            if (idsByUid.TryGetValue(anchor.Uid, out var ids) && !ids.Contains(anchor.Anchor))
            {
                context.Diagnostics.Report(DiagnosticCodes.MissingXrefAnchor, anchor.Location, anchor.Uid, anchor.Anchor);
            }
        }
        return ValueTask.FromResult(documents);
    }
}
