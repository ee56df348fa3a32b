using System.CommandLine;
using StatiqGuides.Modules.Build;

namespace StatiqGuides.Cli;

/// <summary><c>check</c>: every validation of <c>build</c>, writing nothing; exit 1 on any error.</summary>
internal static class CheckCommand
{
    public static Command Create(CommandEnvironment environment, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(common);
        var format = CommonOptions.Format("How to print diagnostics: text, github (workflow annotations) or json.", DiagnosticFormat.Text);
        var command = new Command("check", "Checks the input and theme and reports every problem, writing nothing.");
        common.AddTo(command);
        command.Options.Add(format);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = common.Read(result);
            var console = new ConsoleReporter(environment, result.GetValue(format));
            if (common.MissingFolder(result, options) is { } missing) return environment.FolderMissing(missing.What, missing.Path);
            if (environment.FoldersRefused(options) is { } refused) return refused;
            var outcome = await console.WithProgressAsync(progress =>
                SiteBuilder.RunAsync(options, write: false, environment.Setup, progress: progress, cancellationToken: cancellationToken)).ConfigureAwait(false);
            console.Print(outcome.Diagnostics);
            console.Summary(outcome, null, wrote: false);
            return outcome.Errors > 0 ? 1 : 0;
        });
        return command;
    }
}
