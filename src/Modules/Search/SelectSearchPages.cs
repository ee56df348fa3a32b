using System.Collections.Frozen;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Pages;

namespace StatiqGuides.Modules.Search;

/// <summary>Picks the pages the search index lists — guides, case studies and plain pages — with their addresses.</summary>
public sealed class SelectSearchPages(Output<SiteCatalog> catalog, Output<IReadOnlyList<ComposedPage>> pages)
    : PipelineModule<NoInput, IReadOnlyList<SearchPage>>(catalog, pages)
{
    private static readonly FrozenSet<string> IndexedLayouts = new[] { "guide", "case-study", "page" }.ToFrozenSet(StringComparer.Ordinal);

    public override ValueTask<IReadOnlyList<SearchPage>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var urls = SiteUrls.For(context.Options, context.Read(catalog).Settings);
        return ValueTask.FromResult<IReadOnlyList<SearchPage>>([.. context.Read(pages)
            .Where(p => IndexedLayouts.Contains(p.Page.Layout))
            .Select(p => new SearchPage(p, urls.Relative(SitePaths.Search(p.Page.Language), p.Destination)))]);
    }
}
