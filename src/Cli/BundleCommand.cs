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
    public static Command Create()
    {
        var common = new CommonOptions(outputDefault: Path.Combine("output", DownloadsIndex.SiteFolder));
        var languages = new Option<string[]>("--lang")
        {
            Description = "A language to bundle on its own (repeat for several); default: every language of the site.",
            AllowMultipleArgumentsPerToken = false,
        };
        var since = new Option<string[]>("--since")
        {
            Description = "The manifest (or zip) of an earlier edition: also writes the patch from it (repeat for several languages).",
            AllowMultipleArgumentsPerToken = false,
        };
        var formats = new Option<string[]>("--format")
        {
            Description = "What to make: zip (the zips, manifests and patches), epub, zim (repeat for several); default: zip and epub.",
            AllowMultipleArgumentsPerToken = false,
        };
        formats.AcceptOnlyFromAmong("zip", "epub", "zim");
        var command = new Command("bundle", "Builds the offline editions (zips to open from disk, patches, EPUBs, ZIMs) into output/downloads/.");
        common.AddTo(command, writes: true);
        command.Options.Add(languages);
        command.Options.Add(since);
        command.Options.Add(formats);
        command.Subcommands.Add(Apply());
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = common.Read(result);
            var console = new ConsoleReporter(DiagnosticFormat.Text);
            if (!Directory.Exists(options.InputDirectory))
            {
                return ConsoleReporter.FolderMissing("input", options.InputDirectory);
            }
            var here = Directory.GetCurrentDirectory();
            var chosen = result.GetValue(formats) ?? [];
            var request = new BundleRequest(result.GetValue(languages) ?? [])
            {
                Since = [.. (result.GetValue(since) ?? []).Select(s => Path.GetFullPath(s, here))],
                Formats = chosen.Length == 0 ? BundleRequest.DefaultFormats
                    : chosen.Select(f => Enum.Parse<BundleFormat>(f, ignoreCase: true)).ToHashSet(),
            };
            var outcome = await console.WithProgressAsync(progress =>
                BundleBuilder.RunAsync(options, request, progress: progress, cancellationToken: cancellationToken)).ConfigureAwait(false);
            console.Print(outcome.Diagnostics);
            var seconds = outcome.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            var counts = $"{outcome.Errors} error{(outcome.Errors == 1 ? "" : "s")}, {outcome.Warnings} warning{(outcome.Warnings == 1 ? "" : "s")}";
            var output = options.DisplayPath(options.OutputDirectory);
            Console.Out.Write(outcome.Errors > 0
                ? $"Bundle failed in {seconds} s: {counts}. The files in {output} were left as they were.\n"
                : $"Bundled {string.Join(", ", outcome.Files.Select(Path.GetFileName))} into {output} in {seconds} s: {counts}.\n");
            return outcome.Errors > 0 ? 1 : 0;
        });
        return command;
    }

    private static Command Apply()
    {
        var patch = new Argument<string>("patch") { Description = "The patch zip (guides-<lang>-patch-from-<edition>.zip)." };
        var folder = new Argument<string>("folder") { Description = "The unzipped bundle to update: the folder holding its manifest.json." };
        var command = new Command("apply", "Applies a patch to an unzipped bundle, checking every file against the new manifest; changes nothing when a check fails.");
        command.Arguments.Add(patch);
        command.Arguments.Add(folder);
        command.SetAction(result =>
        {
            var here = Directory.GetCurrentDirectory();
            var patchPath = Path.GetFullPath(result.GetValue(patch)!, here);
            var folderPath = Path.GetFullPath(result.GetValue(folder)!, here);
            var outcome = PatchApplier.Apply(patchPath, folderPath, p => Path.GetRelativePath(here, p).Replace('\\', '/'));
            new ConsoleReporter(DiagnosticFormat.Text).Print(outcome.Diagnostics);
            var shown = Path.GetRelativePath(here, folderPath).Replace('\\', '/');
            if (outcome.Summary is not { } summary)
            {
                Console.Out.Write($"Patch refused: {shown} was left as it was.\n");
                return 1;
            }
            Console.Out.Write($"Patched {shown}: {summary.Changed} file{(summary.Changed == 1 ? "" : "s")} written, {summary.Removed} removed; every file matches the new manifest.\n");
            return 0;
        });
        return command;
    }
}
