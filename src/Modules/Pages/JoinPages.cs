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
        var pages = parts.SelectMany(part => context.Read(part)).ToList();
        pages.Sort((a, b) => string.CompareOrdinal(a.Destination, b.Destination));
        return ValueTask.FromResult<IReadOnlyList<ComposedPage>>(pages);
    }
}
