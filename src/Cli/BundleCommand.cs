using System.CommandLine;
using System.Globalization;
using StatiqGuides.Modules.Bundles;

namespace StatiqGuides.Cli;

/// <summary><c>bundle</c>: the offline zips, <c>guides-&lt;lang&gt;.zip</c> per language and <c>guides-all.zip</c>;
/// exit 1 on any error, leaving the previous zips.</summary>
internal static class BundleCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var languages = new Option<string[]>("--lang")
        {
            Description = "A language to bundle on its own (repeat for several); default: every language of the site.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("bundle", "Builds the offline bundles (zips to open from disk) into the output folder.");
        common.AddTo(command, writes: true);
        command.Options.Add(languages);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = common.Read(result);
            var console = new ConsoleReporter(DiagnosticFormat.Text);
            if (!Directory.Exists(options.InputDirectory))
            {
                return ConsoleReporter.FolderMissing("input", options.InputDirectory);
            }
            var outcome = await console.WithProgressAsync(progress =>
                BundleBuilder.RunAsync(options, result.GetValue(languages) ?? [], progress, cancellationToken)).ConfigureAwait(false);
            console.Print(outcome.Diagnostics);
            var seconds = outcome.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            var counts = $"{outcome.Errors} error{(outcome.Errors == 1 ? "" : "s")}, {outcome.Warnings} warning{(outcome.Warnings == 1 ? "" : "s")}";
            var output = options.DisplayPath(options.OutputDirectory);
            Console.Out.Write(outcome.Errors > 0
                ? $"Bundle failed in {seconds} s: {counts}. The zips in {output} were left as they were.\n"
                : $"Bundled {string.Join(", ", outcome.Zips.Select(Path.GetFileName))} into {output} in {seconds} s: {counts}.\n");
            return outcome.Errors > 0 ? 1 : 0;
        });
        return command;
    }
}
