using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Pages;

/// <summary>Gives the catalog as page composition reads it (<see cref="PageCatalog"/>).</summary>
public sealed class SelectPageCatalog : PipelineModule<SiteCatalog, PageCatalog>
{
    public override ValueTask<PageCatalog> ExecuteAsync(SiteCatalog input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        // A session's cached pages all check the catalog's structure first: hashed now, beside the Markdown, it is ready
        // when they are. A one-shot build never asks for it.
        if (context.Cache is not null) _ = Task.Run(() => input.StructureIdentity, CancellationToken.None);
        return ValueTask.FromResult(new PageCatalog(input));
    }
}
