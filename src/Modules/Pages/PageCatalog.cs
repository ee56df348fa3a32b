using StatiqGuides.Core.Caching;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Pages;

/// <summary>The catalog as page composition reads it (<see cref="ComposePages"/>): all of it, under an identity that
/// leaves out translation statuses (<see cref="SiteCatalog.LinkIdentity"/>).</summary>
/// <remarks>A body edit makes that item's translations outdated, and a status is part of the catalog's own identity:
/// keyed on that, one save would compose every page of the site again. The pages that show a status carry it in their
/// job instead (<see cref="PageJob"/>): a content page its own (in its rendered body) and the change since its
/// translation, the hub and root pages every status (<see cref="SiteCatalog.StatusStamp"/>) and every change.</remarks>
public sealed class PageCatalog(SiteCatalog site) : ICacheIdentity
{
    public SiteCatalog Site { get; } = site ?? throw new ArgumentNullException(nameof(site));

    public string CacheIdentity => Site.LinkIdentity;
}
