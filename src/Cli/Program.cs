using System.CommandLine;
using StatiqGuides.Cli;

var root = new RootCommand("StatiqGuides: builds the multilingual site of practical guides on parliaments' digital tools.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(TranslationsCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(CodeOwnersCommand.Create());
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
