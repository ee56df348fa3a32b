using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Pages;

namespace StatiqGuides.Modules.Templates;

/// <summary>Composes each job's pages and lays them out at once: for pages nothing else reads the views of (the section
/// print pages, which nest whole guides), so that a write build holds one job's views at a time, not all of them.</summary>
/// <remarks>A session keeps each job's laid-out files, keyed by the job and what both modules read: the same changes
/// compose and lay out a job again as when the two were cached apart.</remarks>
public sealed class LayOutComposed<TJob>(EachModule<TJob, PageSet> compose, RenderLayouts layout)
    : EachModule<TJob, IReadOnlyList<LaidOutPage>>([.. compose.Reads.Concat(layout.Reads).Distinct()])
    where TJob : notnull
{
    public EachModule<TJob, PageSet> Compose => compose;

    public RenderLayouts Layout => layout;

    public override IReadOnlyList<LaidOutPage> Process(TJob item, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. compose.Process(item, context).Pages.Select(page => layout.Process(page, context))];
    }
}
