using System.CommandLine;
using StatiqGuides.Modules.Build;

namespace StatiqGuides.Cli;

/// <summary><c>build</c>: builds the site into the output folder; exit 1 on any error, leaving the last good output.</summary>
internal static class BuildCommand
{
    public static Command Create(CommandEnvironment environment, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(common);
        var output = CommonOptions.Output("The output folder.", "output");
        var command = new Command("build", "Builds the site from the input folder into the output folder.");
        common.AddTo(command, output);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = common.Read(result, output);
            var console = new ConsoleReporter(environment, DiagnosticFormat.Text);
            if (common.MissingFolder(result, options) is { } missing) return environment.FolderMissing(missing.What, missing.Path);
            if (environment.FoldersRefused(options) is { } refused) return refused;
            var outcome = await console.WithProgressAsync(progress =>
                SiteBuilder.RunAsync(options, write: true, environment.Setup, progress: progress, cancellationToken: cancellationToken)).ConfigureAwait(false);
            console.Print(outcome.Diagnostics);
            console.Summary(outcome, options.DisplayPath(options.OutputDirectory), wrote: true);
            return outcome.Errors > 0 ? 1 : 0;
        });
        return command;
    }
}
