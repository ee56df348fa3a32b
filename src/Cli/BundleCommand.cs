using System.CommandLine;
using System.Globalization;
using StatiqGuides.Modules.Bundles;

namespace StatiqGuides.Cli;

/// <summary><c>bundle</c>: the offline editions (docs/offline-editions.md) — <c>guides-&lt;lang&gt;.zip</c> per language and
/// <c>guides-all.zip</c>, their manifests, patches from earlier editions (<c>--since</c>), an EPUB per section and
/// language, a ZIM per language (<c>--format zim</c>) — into <c>output/downloads/</c> unless told otherwise; exit 1 on
/// any error, leaving the previous files. <c>bundle apply PATCH DIR</c> updates an unzipped bundle.</summary>
internal static class BundleCommand
{
    public static Command Create(CommandEnvironment environment, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(common);
        var output = CommonOptions.Output("The output folder.", Path.Combine("output", DownloadsIndex.SiteFolder));
        var languages = CommonOptions.Languages("A language to bundle on its own (repeat for several); default: every language of the site.");
        var since = new Option<string[]>("--since")
        {
            Description = "The manifest (or zip) of an earlier edition: also writes the patch from it (repeat for several languages).",
            AllowMultipleArgumentsPerToken = false,
        };
        var formats = CommonOptions.Formats("What to make: zip (the zips, manifests and patches), epub, zim (repeat for several); default: zip and epub.", "zip", "epub", "zim");
        var command = new Command("bundle", "Builds the offline editions (zips to open from disk, patches, EPUBs, ZIMs) into output/downloads/.");
        common.AddTo(command, output);
        command.Options.Add(languages);
        command.Options.Add(since);
        command.Options.Add(formats);
        command.Subcommands.Add(Apply(environment));
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = common.Read(result, output);
            var console = new ConsoleReporter(environment, DiagnosticFormat.Text);
            if (common.MissingFolder(result, options) is { } missing) return environment.FolderMissing(missing.What, missing.Path);
            if (environment.FoldersRefused(options) is { } refused) return refused;
            var chosen = result.GetValue(formats) ?? [];
            var request = new BundleRequest(result.GetValue(languages) ?? [])
            {
                Since = [.. (result.GetValue(since) ?? []).Select(environment.FullPath)],
                Formats = chosen.Length == 0 ? BundleRequest.DefaultFormats
                    : chosen.Select(f => Enum.Parse<BundleFormat>(f, ignoreCase: true)).ToHashSet(),
            };
            var outcome = await console.WithProgressAsync(progress =>
                BundleBuilder.RunAsync(options, request, environment.Setup, progress: progress, cancellationToken: cancellationToken)).ConfigureAwait(false);
            console.Print(outcome.Diagnostics);
            var seconds = outcome.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            var counts = $"{outcome.Errors} error{(outcome.Errors == 1 ? "" : "s")}, {outcome.Warnings} warning{(outcome.Warnings == 1 ? "" : "s")}";
            var folder = options.DisplayPath(options.OutputDirectory);
            environment.Out.Write(outcome.Errors > 0
                ? $"Bundle failed in {seconds} s: {counts}. The files in {folder} were left as they were.\n"
                : $"Bundled {string.Join(", ", outcome.Files.Select(Path.GetFileName))} into {folder} in {seconds} s: {counts}.\n");
            return outcome.Errors > 0 ? 1 : 0;
        });
        return command;
    }

    private static Command Apply(CommandEnvironment environment)
    {
        var patch = new Argument<string>("patch") { Description = "The patch zip (guides-<lang>-patch-from-<edition>.zip)." };
        var folder = new Argument<string>("folder") { Description = "The unzipped bundle to update: the folder holding its manifest.json." };
        var command = new Command("apply", "Applies a patch to an unzipped bundle, checking every file against the new manifest; changes nothing when a check fails.");
        command.Arguments.Add(patch);
        command.Arguments.Add(folder);
        command.SetAction(result =>
        {
            var patchPath = environment.FullPath(result.GetValue(patch)!);
            var folderPath = environment.FullPath(result.GetValue(folder)!);
            var outcome = PatchApplier.Apply(patchPath, folderPath, environment.DisplayPath);
            new ConsoleReporter(environment, DiagnosticFormat.Text).Print(outcome.Diagnostics);
            var shown = environment.DisplayPath(folderPath);
            if (outcome.Summary is not { } summary)
            {
                environment.Out.Write($"Patch refused: {shown} was left as it was.\n");
                return 1;
            }
            environment.Out.Write($"Patched {shown}: {summary.Changed} file{(summary.Changed == 1 ? "" : "s")} written, {summary.Removed} removed; every file matches the new manifest.\n");
            return 0;
        });
        return command;
    }
}
