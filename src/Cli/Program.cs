using StatiqGuides.Cli;

return await SiteHost.RunAsync(args).ConfigureAwait(false);
