using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Reports <c>xref:uid#anchor</c> links whose anchor is no heading of the target page (an error), or no
/// heading of the translation that a page in that language links to (a warning). Runs after every
/// page is rendered, since heading ids are only known then. Passes the pages through unchanged.</summary>
public sealed class CheckXrefAnchors : PipelineModule<IReadOnlyList<RenderedContent>, IReadOnlyList<RenderedContent>>
{
    public override ValueTask<IReadOnlyList<RenderedContent>> ExecuteAsync(
        IReadOnlyList<RenderedContent> input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var rendered = input;
        var byPage = rendered.ToDictionary(r => (r.Localized.Source.Uid, r.Language));
        foreach (var page in rendered)
        {
            foreach (var anchor in page.XrefAnchors)
            {
                var source = byPage.GetValueOrDefault((anchor.Uid, page.Localized.Source.Language));
                if (source is not null && !source.HeadingIds.Contains(anchor.Anchor))
                {
                    context.Diagnostics.Report(DiagnosticCodes.MissingXrefAnchor, anchor.Location, anchor.Uid, anchor.Anchor, NearestName.Suggestion(anchor.Anchor, source.HeadingIds));
                }
                else if (byPage.GetValueOrDefault((anchor.Uid, page.Language)) is { Localized.Translation: not null } target
                    && !target.HeadingIds.Contains(anchor.Anchor))
                {
                    context.Diagnostics.Report(DiagnosticCodes.TranslationAnchorMissing, anchor.Location, anchor.Uid, anchor.Anchor, page.Language);
                }
            }
        }
        return ValueTask.FromResult(input);
    }
}
