using System.CommandLine;

namespace StatiqGuides.Cli;

/// <summary>Every command of the tool, in one place, so that tests can check that scripts and workflows name real ones.</summary>
internal static class CommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("StatiqGuides: builds the multilingual site of practical guides on parliaments' digital tools.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(BundleCommand.Create());
        root.Subcommands.Add(TranslationsCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(CodeOwnersCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        return root;
    }
}
