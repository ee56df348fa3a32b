using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Pages;

/// <summary>The composed pages of several pipelines as one list, in ordinal order of destination: what the site-wide
/// steps (sitemap, feeds, search) read, whichever pipeline composed each page.</summary>
public sealed class JoinPages(params Output<IReadOnlyList<ComposedPage>>[] parts)
    : PipelineModule<NoInput, IReadOnlyList<ComposedPage>>(parts)
{
    public override ValueTask<IReadOnlyList<ComposedPage>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult<IReadOnlyList<ComposedPage>>(CollectPages.InDestinationOrder(parts.SelectMany(part => context.Read(part))));
    }
}
