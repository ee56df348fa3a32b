using StatiqGuides.Modules.Bundles;

namespace StatiqGuides.Modules.Pages;

/// <summary>What the download page lists: the editions <c>bundle</c> published into the output folder, or null
/// (none yet, or an offline build, which has no download page).</summary>
public sealed record Downloads(DownloadsIndex? Index);
