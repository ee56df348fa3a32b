using HostedSite;
using StatiqGuides.Cli;

return await SiteHost.RunAsync(args, HostedSiteSetup.Create()).ConfigureAwait(false);
