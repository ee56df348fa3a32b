using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Catalog;

/// <summary>Gives the catalog's <see cref="SiteCatalog.Links"/>, for the steps that only resolve links.</summary>
public sealed class SelectLinks : PipelineModule<SiteCatalog, LinkCatalog>
{
    public override ValueTask<LinkCatalog> ExecuteAsync(SiteCatalog input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ValueTask.FromResult(input.Links);
    }
}
