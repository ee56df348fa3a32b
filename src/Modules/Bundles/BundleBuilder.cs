using System.Diagnostics;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.Bundles.Epub;
using StatiqGuides.Modules.Bundles.Zim;

namespace StatiqGuides.Modules.Bundles;

/// <summary>Builds the offline editions of SPEC §3: the site built for reading from disk (links naming their files,
/// every asset inside), once with every language for <c>guides-all.zip</c> and once per language for
/// <c>guides-&lt;lang&gt;.zip</c>, each with its edition manifest; with <c>--since</c> the patches from earlier editions;
/// an EPUB per section and language; a ZIM per language; and <c>editions.json</c>, which lists them all.</summary>
/// <remarks>Everything is made in a scratch folder, copied beside its final name, then renamed into place only when
/// everything succeeded, so a failed bundle leaves the previous files as they were. Only the files it makes are
/// replaced: the folder may hold other editions' patches.</remarks>
public static class BundleBuilder
{
    /// <param name="options">The build's options; <see cref="BuildOptions.OutputDirectory"/> is where the files go.</param>
    /// <param name="setup">A host's changes to the site; null for the default site.</param>
    public static async Task<BundleResult> RunAsync(BuildOptions options, BundleRequest request, SiteSetup? setup = null,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var site = (setup ?? new SiteSetup()).Freeze(write: true);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(request);
        var stopwatch = Stopwatch.StartNew();
        var refused = new DiagnosticBag();
        if (!Output.OutputFolder.Check(options, refused))
        {
            return new BundleResult(refused.ToSortedList(), [], stopwatch.Elapsed);
        }
        var scratch = Path.Combine(Path.GetTempPath(), "statiqguides-bundle-" + Guid.NewGuid().ToString("N"));
        var diagnostics = new DiagnosticBag();
        IReadOnlyList<string> written;
        try
        {
            written = await BundleAsync(site, options, request, scratch, diagnostics, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
        return new BundleResult(diagnostics.ToSortedList(), written, stopwatch.Elapsed);
    }

    private sealed record Bundle(string Name, string Folder, IReadOnlyList<string> Languages);

    private static async Task<IReadOnlyList<string>> BundleAsync(SiteEngine engine, BuildOptions options, BundleRequest request, string scratch,
        DiagnosticBag diagnostics, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var siteLocation = SourceLocation.StartOf(options.DisplayPath(Path.Combine(options.InputDirectory, "site.yml")));
        var earlier = new List<EarlierEdition>();
        foreach (var since in request.Since)
        {
            var (edition, problem) = EarlierEdition.Read(since);
            if (edition is null) diagnostics.Report(DiagnosticCodes.SinceManifestUnreadable, SourceLocation.StartOf(options.DisplayPath(since)), problem!);
            else earlier.Add(edition);
        }
        // The all-languages build runs first and renders everything, so it reports what build reports.
        var allFolder = Path.Combine(scratch, BundleNames.All);
        var epubs = request.Formats.Contains(BundleFormat.Epub);
        var all = await BuildAsync(engine, options, OfflineEdition.AllLanguages with { LinksEpubs = epubs }, allFolder, diagnostics, progress, cancellationToken).ConfigureAwait(false);
        if (diagnostics.HasErrors) return [];
        var catalog = all.Catalog;

        var siteLanguages = catalog.Settings.Languages;
        foreach (var unknown in request.Languages.Where(l => !siteLanguages.Contains(l, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            diagnostics.Report(DiagnosticCodes.UnknownBundleLanguage, siteLocation, unknown, string.Join(", ", siteLanguages));
        }
        if (diagnostics.HasErrors) return [];

        var languages = request.Languages.Count == 0 ? siteLanguages : [.. request.Languages.Distinct(StringComparer.Ordinal)];
        var bundles = new List<Bundle> { new(BundleNames.All, allFolder, siteLanguages) };
        foreach (var language in languages)
        {
            var folder = Path.Combine(scratch, language);
            await BuildAsync(engine, options, new OfflineEdition([language]) { LinksEpubs = epubs }, folder, diagnostics, progress, cancellationToken).ConfigureAwait(false);
            bundles.Add(new Bundle(language, folder, [language]));
        }
        foreach (var edition in earlier.Where(e => !bundles.Any(b => b.Languages.SequenceEqual(e.Manifest.Languages, StringComparer.Ordinal))))
        {
            diagnostics.Report(DiagnosticCodes.SinceManifestUnmatched, siteLocation, string.Join(", ", edition.Manifest.Languages));
        }
        if (diagnostics.HasErrors) return [];

        var products = Path.Combine(scratch, ".products");
        Directory.CreateDirectory(products);
        var made = new List<DownloadEntry>();
        var editionText = catalog.LatestUpdate is { } latest ? BundleNames.EditionText(latest) : null;
        var timestamp = catalog.LatestUpdate is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        if (request.Formats.Contains(BundleFormat.Zip))
        {
            var commit = SourceCommit.Of(options.InputDirectory);
            foreach (var bundle in bundles)
            {
                var from = earlier.FirstOrDefault(e => e.Manifest.Languages.SequenceEqual(bundle.Languages, StringComparer.Ordinal));
                EditionManifest.WriteInto(bundle.Folder, catalog.LatestUpdate, commit, bundle.Languages, from?.Reference);
                var zip = Path.Combine(products, BundleNames.Zip(bundle.Name));
                DeterministicZip.Write(bundle.Folder, zip, timestamp, BundleNames.TopFolder(bundle.Name, catalog.LatestUpdate));
                made.Add(Entry(zip, "zip", bundle.Languages, null, editionText));
                var manifest = Path.Combine(products, BundleNames.Manifest(bundle.Name));
                File.Copy(Path.Combine(bundle.Folder, EditionManifest.FileName), manifest);
                made.Add(Entry(manifest, "manifest", bundle.Languages, null, editionText));
                if (from is null) continue;
                var patch = Path.Combine(products, BundleNames.Patch(bundle.Name, from.Manifest.Edition));
                PatchWriter.Write(from.Manifest, from.ManifestSha256, bundle.Folder, patch, bundle.Name, timestamp, Path.Combine(scratch, ".patch-" + bundle.Name));
                made.Add(Entry(patch, "patch", bundle.Languages, null, editionText) with { FromEdition = from.Manifest.Edition ?? "undated" });
            }
        }
        if (request.Formats.Contains(BundleFormat.Epub))
        {
            progress?.Report("EPUB");
            foreach (var (file, language, section) in EpubBuilder.WriteAll(all, allFolder, languages, products, timestamp))
            {
                made.Add(Entry(file, "epub", [language], section, editionText));
            }
        }
        if (request.Formats.Contains(BundleFormat.Zim))
        {
            foreach (var language in languages)
            {
                progress?.Report($"ZIM {language}");
                var zim = Path.Combine(products, BundleNames.Zim(language));
                var site = bundles.First(b => b.Name == language).Folder;
                if (await ZimBuilder.WriteAsync(request.ZimWriter, site, zim, language, all, siteLocation, diagnostics, cancellationToken).ConfigureAwait(false))
                {
                    made.Add(Entry(zim, "zim", [language], null, editionText));
                }
                if (diagnostics.HasErrors) return [];
            }
        }
        if (diagnostics.HasErrors) return [];
        return Publish(options, made, products, diagnostics);
    }

    private static DownloadEntry Entry(string file, string kind, IReadOnlyList<string> languages, string? section, string? edition) =>
        new(Path.GetFileName(file), kind, languages, section, edition, new FileInfo(file).Length, EditionManifest.Sha256Of(file));

    private static async Task<SiteOutputs> BuildAsync(SiteEngine site, BuildOptions options, OfflineEdition edition, string folder,
        IDiagnosticSink diagnostics, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var edited = options with { OutputDirectory = folder, Offline = edition };
        using var staging = Output.StagingFolder.For(edited);
        // What the books and archives read after the build is kept; the rest goes once read (the composed pages, the content).
        var context = new BuildContext(edited, diagnostics)
            .Keeping([site.Site.Catalog, site.Site.Theme, site.Site.Markdown, site.Site.SiteFiles, site.Output])
            .WithStaging(staging);
        var name = edition.Languages.Count == 0 ? BundleNames.All : string.Join(", ", edition.Languages);
        var steps = progress is null ? null : new Progress<string>(step => progress.Report($"{name}: {step}"));
        return new SiteOutputs(await site.Engine.RunAsync(context, steps, cancellationToken).ConfigureAwait(false), site.Site);
    }

    /// <summary>Copies every product beside its final name, then renames them all in, editions.json last.</summary>
    private static List<string> Publish(BuildOptions options, List<DownloadEntry> made, string products, DiagnosticBag diagnostics)
    {
        var output = options.OutputDirectory;
        var written = new List<(string Temporary, string Final)>();
        try
        {
            Directory.CreateDirectory(output);
            foreach (var entry in made)
            {
                var temporary = Path.Combine(output, $".{entry.File}.partial-{Environment.ProcessId}");
                File.Copy(Path.Combine(products, entry.File), temporary, overwrite: true);
                written.Add((temporary, Path.Combine(output, entry.File)));
            }
            var index = (DownloadsIndex.Read(output) ?? DownloadsIndex.Empty).Merge(made, output);
            var indexTemporary = Path.Combine(output, $".{DownloadsIndex.FileName}.partial-{Environment.ProcessId}");
            index.Write(indexTemporary);
            written.Add((indexTemporary, Path.Combine(output, DownloadsIndex.FileName)));
            foreach (var (temporary, final) in written) File.Move(temporary, final, overwrite: true);
            return [.. written.Select(w => w.Final).Where(f => Path.GetFileName(f) != DownloadsIndex.FileName)];
        }
        catch (Exception exception) when (Output.WriteSite.WriteFailure(exception) is not null)
        {
            foreach (var (temporary, _) in written.Where(w => File.Exists(w.Temporary))) File.Delete(temporary);
            diagnostics.Report(DiagnosticCodes.OutputWriteFailed, SourceLocation.StartOf(options.DisplayPath(output)), exception.Message);
            return [];
        }
    }
}
