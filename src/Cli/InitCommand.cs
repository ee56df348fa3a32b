using System.CommandLine;
using StatiqGuides.Modules.Scaffolding;

namespace StatiqGuides.Cli;

/// <summary><c>init</c>: writes a minimal site that builds (input/ only: the built-in theme is used). Exit 1, writing
/// nothing, when any of its files exists already (SG0610).</summary>
internal static class InitCommand
{
    public static Command Create(CommandEnvironment environment, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(common);
        var folder = new Option<string>("--folder") { Description = "The folder to write the new site into.", DefaultValueFactory = _ => "." };
        var command = new Command("init", "Writes a new site to start from: settings, a hub, a section, a guide and a case study.");
        command.Options.Add(folder);
        command.SetAction(async (result, cancellationToken) =>
        {
            var here = environment.WorkingDirectory;
            var root = environment.FullPath(result.GetValue(folder)!);
            var conflicts = SiteScaffold.Conflicts(root, here);
            if (conflicts.Count > 0)
            {
                new ConsoleReporter(environment, DiagnosticFormat.Text).Print(conflicts);
                return 1;
            }
            foreach (var (path, text) in SiteScaffold.Files)
            {
                var full = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                await File.WriteAllTextAsync(full, text, cancellationToken).ConfigureAwait(false);
            }
            var shown = environment.DisplayPath(root);
            var invocation = environment.Invocation.Prefix;
            environment.Out.Write($"Created a site in {(shown == "." ? "the current folder" : shown + "/")} ({SiteScaffold.Files.Count} files under input/; it uses the built-in theme).\n"
                + $"Preview it with `{(shown == "." ? "" : $"cd {shown} && ")}{invocation} serve`, then read its guide on writing guides.\n");
            return 0;
        });
        return command;
    }
}
