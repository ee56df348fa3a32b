using StatiqGuides.Cli;

return await CommandLine.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
