using System.Diagnostics;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;

namespace StatiqGuides.Modules.Bundles;

/// <summary>Builds the offline bundles of SPEC §3: the site built for reading from disk (links naming their files,
/// every asset inside), once with every language for <c>guides-all.zip</c> and once per language for
/// <c>guides-&lt;lang&gt;.zip</c>, each with its edition manifest.</summary>
/// <remarks>The sites are built in a scratch folder and the zips written beside their final names, then renamed
/// into place only when everything succeeded, so a failed bundle leaves the previous zips as they were.</remarks>
public static class BundleBuilder
{
    public const string AllName = "all";

    public static string ZipName(string name) => $"guides-{name}.zip";

    /// <param name="options">The build's options; <see cref="BuildOptions.OutputDirectory"/> is where the zips go.</param>
    /// <param name="languages">The languages to bundle one by one; empty for every language of the site.</param>
    public static async Task<BundleResult> RunAsync(BuildOptions options, IReadOnlyList<string> languages,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(languages);
        var stopwatch = Stopwatch.StartNew();
        var refused = new DiagnosticBag();
        if (!Output.OutputFolder.Check(options, refused))
        {
            return new BundleResult(refused.ToSortedList(), [], stopwatch.Elapsed);
        }
        var scratch = Path.Combine(Path.GetTempPath(), "statiqguides-bundle-" + Guid.NewGuid().ToString("N"));
        (DiagnosticBag Diagnostics, IReadOnlyList<string> Zips) outcome;
        try
        {
            outcome = await BundleAsync(options, languages, scratch, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
        return new BundleResult(outcome.Diagnostics.ToSortedList(), outcome.Zips, stopwatch.Elapsed);
    }

    private static async Task<(DiagnosticBag Diagnostics, IReadOnlyList<string> Zips)> BundleAsync(BuildOptions options,
        IReadOnlyList<string> languages, string scratch, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        // The all-languages build runs first and renders everything, so it reports what build reports.
        var allFolder = Path.Combine(scratch, AllName);
        var catalog = await BuildAsync(options, OfflineEdition.AllLanguages, allFolder, diagnostics, progress, cancellationToken).ConfigureAwait(false);
        if (diagnostics.HasErrors) return (diagnostics, []);

        var siteLanguages = catalog.Settings.Languages;
        foreach (var unknown in languages.Where(l => !siteLanguages.Contains(l, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            diagnostics.Report(DiagnosticCodes.UnknownBundleLanguage,
                SourceLocation.StartOf(options.DisplayPath(Path.Combine(options.InputDirectory, "site.yml"))), unknown, string.Join(", ", siteLanguages));
        }
        if (diagnostics.HasErrors) return (diagnostics, []);

        var bundles = new List<(string Name, string Folder, IReadOnlyList<string> Languages)> { (AllName, allFolder, siteLanguages) };
        foreach (var language in languages.Count == 0 ? siteLanguages : languages.Distinct(StringComparer.Ordinal).ToList())
        {
            var folder = Path.Combine(scratch, language);
            await BuildAsync(options, new OfflineEdition([language]), folder, diagnostics, progress, cancellationToken).ConfigureAwait(false);
            bundles.Add((language, folder, [language]));
        }
        if (diagnostics.HasErrors) return (diagnostics, []);

        return (diagnostics, WriteZips(options, catalog.LatestUpdate, bundles, diagnostics));
    }

    private static async Task<SiteCatalog> BuildAsync(BuildOptions options, OfflineEdition edition, string folder,
        IDiagnosticSink diagnostics, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var context = new BuildContext(options with { OutputDirectory = folder, Offline = edition }, diagnostics);
        var name = edition.Languages.Count == 0 ? AllName : string.Join(", ", edition.Languages);
        var steps = progress is null ? null : new Progress<string>(step => progress.Report($"{name}: {step}"));
        await new PipelineEngine(SiteBuild.Pipelines(write: true)).RunAsync(context, steps, cancellationToken).ConfigureAwait(false);
        return context.SharedOf<SiteCatalog>(SiteBuild.Catalog);
    }

    private static List<string> WriteZips(BuildOptions options, DateOnly? edition,
        List<(string Name, string Folder, IReadOnlyList<string> Languages)> bundles, DiagnosticBag diagnostics)
    {
        var commit = SourceCommit.Of(options.InputDirectory);
        // Zip entries carry a local date and time; the edition date keeps them meaningful and the same on every run.
        var timestamp = edition is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var written = new List<(string Temporary, string Final)>();
        try
        {
            Directory.CreateDirectory(options.OutputDirectory);
            foreach (var (name, folder, languages) in bundles)
            {
                EditionManifest.WriteInto(folder, edition, commit, languages);
                var final = Path.Combine(options.OutputDirectory, ZipName(name));
                var temporary = Path.Combine(options.OutputDirectory, $".{ZipName(name)}.partial-{Environment.ProcessId}");
                written.Add((temporary, final));
                DeterministicZip.Write(folder, temporary, timestamp);
            }
            foreach (var (temporary, final) in written) File.Move(temporary, final, overwrite: true);
            return [.. written.Select(w => w.Final)];
        }
        catch (Exception exception) when (Output.WriteSite.WriteFailure(exception) is not null)
        {
            foreach (var (temporary, _) in written.Where(w => File.Exists(w.Temporary))) File.Delete(temporary);
            diagnostics.Report(DiagnosticCodes.OutputWriteFailed,
                SourceLocation.StartOf(options.DisplayPath(options.OutputDirectory)), exception.Message);
            return [];
        }
    }
}
