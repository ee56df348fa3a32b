using System.Diagnostics;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Build;

/// <summary>Runs one build or check of the site and reports what happened.</summary>
public static class SiteBuilder
{
    public static async Task<BuildResult> RunAsync(BuildOptions options, bool write, SiteSetup? setup = null,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        // Refused before anything runs: the atomic swap would otherwise replace the user's content with the site.
        if (write && !Output.OutputFolder.Check(options, diagnostics))
        {
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, stopwatch.Elapsed);
        }
        // Pages go to the staging folder as they are laid out, so the build never holds the whole site.
        using var staging = write ? Output.StagingFolder.For(options) : null;
        var site = (setup ?? new SiteSetup()).Freeze(write);
        // Each output is let go once the pipelines reading it are done: the content as read, bodies and all, is not held to the end.
        var context = new BuildContext(options, diagnostics).Keeping([site.Site.PageFiles, site.Output]);
        if (staging is not null) context = context.WithStaging(staging);
        var outputs = await site.Engine.RunAsync(context, progress, cancellationToken).ConfigureAwait(false);
        var pages = outputs.Get(site.Site.PageFiles).Count;
        var written = write && !diagnostics.HasErrors ? outputs.Get(site.Output).Count : 0;
        return new BuildResult(diagnostics.ToSortedList(), pages, written, stopwatch.Elapsed);
    }

    /// <summary>Reads and indexes the content without rendering anything.</summary>
    public static Task<CatalogResult> ReadCatalogAsync(BuildOptions options, CancellationToken cancellationToken = default) =>
        ReadCatalogAsync(options, new SiteSetup(), cancellationToken);

    /// <summary>Reads and indexes the content of a host's site (its content kinds) without rendering anything.</summary>
    public static async Task<CatalogResult> ReadCatalogAsync(BuildOptions options, SiteSetup setup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var diagnostics = new DiagnosticBag();
        var context = new BuildContext(options, diagnostics);
        var (engine, catalog) = SiteBuild.CatalogOnly(setup.Kinds());
        var outputs = await engine.RunAsync(context, null, cancellationToken).ConfigureAwait(false);
        return new CatalogResult(outputs.Get(catalog), diagnostics.ToSortedList());
    }
}

/// <summary>What a catalog-only run produced: the indexed content and the problems found reading it.</summary>
public sealed record CatalogResult(SiteCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics);

/// <param name="Pages">HTML pages rendered.</param>
/// <param name="FilesWritten">Files written to the output folder; 0 when the build failed or only checked.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int FilesWritten, TimeSpan Elapsed)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
