using System.CommandLine;
using StatiqGuides.Modules.Build;

namespace StatiqGuides.Cli;

/// <summary><c>build</c>: builds the site into the output folder; exit 1 on any error, leaving the last good output.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var command = new Command("build", "Builds the site from the input folder into the output folder.");
        common.AddTo(command, writes: true);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = common.Read(result);
            var console = new ConsoleReporter(DiagnosticFormat.Text);
            if (!Directory.Exists(options.InputDirectory))
            {
                return ConsoleReporter.FolderMissing("input", options.InputDirectory);
            }
            var outcome = await console.WithProgressAsync(progress =>
                SiteBuilder.RunAsync(options, write: true, progress: progress, cancellationToken: cancellationToken)).ConfigureAwait(false);
            console.Print(outcome.Diagnostics);
            console.Summary(outcome, options.DisplayPath(options.OutputDirectory), wrote: true);
            return outcome.Errors > 0 ? 1 : 0;
        });
        return command;
    }
}
