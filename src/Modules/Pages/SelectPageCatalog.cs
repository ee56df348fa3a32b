using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Pages;

/// <summary>Gives the catalog as page composition reads it (<see cref="PageCatalog"/>).</summary>
public sealed class SelectPageCatalog : PipelineModule<SiteCatalog, PageCatalog>
{
    public override ValueTask<PageCatalog> ExecuteAsync(SiteCatalog input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ValueTask.FromResult(new PageCatalog(input));
    }
}
