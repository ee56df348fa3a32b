using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Pages;

namespace StatiqGuides.Modules.Search;

/// <summary>Picks the pages the search index lists — the content pages of every indexed kind (<see cref="ComposedPage.Indexed"/>)
/// — with their addresses.</summary>
public sealed class SelectSearchPages(Output<SiteCatalog> catalog, Output<IReadOnlyList<ComposedPage>> pages)
    : PipelineModule<NoInput, IReadOnlyList<SearchPage>>(catalog, pages)
{
    public override ValueTask<IReadOnlyList<SearchPage>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var urls = SiteUrls.For(context.Options, context.Read(catalog).Settings);
        return ValueTask.FromResult<IReadOnlyList<SearchPage>>([.. context.Read(pages)
            .Where(p => p.Indexed)
            .Select(p => new SearchPage(p, urls.Relative(SitePaths.Search(p.Page.Language), p.Destination)))]);
    }
}
