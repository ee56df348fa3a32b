using StatiqGuides.Cli;

return await CommandLine.RunAsync(ProcessEnvironment.Current(), args, signals: true, CancellationToken.None).ConfigureAwait(false);
