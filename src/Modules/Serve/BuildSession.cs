using System.Diagnostics;
using StatiqGuides.Core.Caching;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;

namespace StatiqGuides.Modules.Serve;

/// <summary>Builds the site again and again, for <c>serve</c>: the same pipelines as <c>check</c> (nothing is written),
/// with a cache that keeps each cached step's results between builds (see <see cref="SiteBuild"/>), so that after saving
/// one guide only that file is read and rendered again, and only the pages whose view changed are laid out again.</summary>
/// <remarks>
/// Builds must not overlap: the caller runs one at a time. <see cref="Current"/> may be read from any thread.
/// The pages a build changed are served as soon as they are laid out, the rest of the site when the build ends.
/// A build with errors does not take the last good pages away: its files are laid over the last good site, so a page
/// that failed keeps its last good version while the other pages show the edit.
/// </remarks>
public sealed class BuildSession(BuildOptions options, SiteSetup? setup = null)
{
    private readonly BuildCache _cache = new();
    private readonly SiteEngine _site = (setup ?? new SiteSetup()).Freeze(write: false);
    private IReadOnlyDictionary<string, ServedFile> _lastGood = ServedSite.Empty.Files;
    private volatile ServedSite _current = ServedSite.Empty;

    public BuildOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public ServedSite Current => _current;

    public Task<SessionBuild> RebuildAsync(CancellationToken cancellationToken = default) => RebuildAsync(null, cancellationToken);

    /// <param name="pagesReady">Told the new version as soon as the changed pages are served, while the print pages, the
    /// search index and the other site-wide files are still being built (see <see cref="PublishPagesAsync"/>); null: the
    /// pages are served with the rest of the site.</param>
    public async Task<SessionBuild> RebuildAsync(Action<long>? pagesReady, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        _cache.BeginRun();
        var diagnostics = new DiagnosticBag();
        var context = new BuildContext(Options, diagnostics).WithCache(_cache);
        var before = _current;
        // The changed pages are what the reader waits for: they are served before the search index and the site files
        // start. Nobody to tell (the first build, a test): the pages are served with the rest of the site. The run is
        // complete only once the early publication is over.
        var run = pagesReady is null
            ? _site.Engine.Start(context, null, cancellationToken)
            : _site.Engine.Start(context, [_site.Site.Layouts], laidOut => PublishPagesAsync(laidOut, before, diagnostics, pagesReady), null, cancellationToken);
        var built = await run.Completion.ConfigureAwait(false);
        var outputs = new SiteOutputs(built, _site.Site);
        _cache.EndRun();
        var previous = before.Files;
        var files = new Dictionary<string, ServedFile>(diagnostics.HasErrors ? _lastGood : new Dictionary<string, ServedFile>(), StringComparer.Ordinal);
        // Each file served before with the same bytes keeps its entry and version (ServedSite.Since, below).
        foreach (var file in outputs.SiteFiles) files[file.Path] = new ServedFile(file);
        var changed = Changes(previous, files);
        var sorted = diagnostics.ToSortedList();
        // Pages shown early keep their version when the rest of the build changed no page and no diagnostic: they are
        // already what this build serves, and a second reload would only make the browser flash.
        var shown = _current;
        var version = !ReferenceEquals(shown, before) && sorted.SequenceEqual(shown.Diagnostics) && !Changes(shown.Files, files).Any(Core.Content.SitePaths.IsPage)
            ? shown.Version
            : shown.Version + 1;
        _current = new ServedSite(files, sorted, version).Since(shown);
        if (!diagnostics.HasErrors) _lastGood = _current.Files;
        return new SessionBuild(sorted, version, outputs.PageFiles.Count, changed, stopwatch.Elapsed, _cache.Counters);
    }

    /// <summary>Serves the pages of <paramref name="run"/> as soon as they are laid out, over the site as it was, when
    /// some changed and neither the site served nor this build so far has an error: saving a guide shows it without
    /// waiting for the search index, the feeds and the checks of the whole site, which follow with the full build.</summary>
    private async Task PublishPagesAsync(PipelineRun run, ServedSite before, DiagnosticBag diagnostics, Action<long> pagesReady)
    {
        IReadOnlyList<Core.Content.OutputFile> pages;
        try
        {
            pages = await run.ReadyAsync(_site.Site.Layouts).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The full build reports it.
            return;
        }
        // After an error the overlay must go (or stay) with the whole build's diagnostics, never with stale ones.
        if (diagnostics.HasErrors || before.Errors.Any()) return;
        var version = before.Version + 1;
        Dictionary<string, ServedFile>? files = null;
        foreach (var page in pages)
        {
            if (before.Files.TryGetValue(page.Path, out var old) && old.File == page) continue;
            files ??= new Dictionary<string, ServedFile>(before.Files, StringComparer.Ordinal);
            files[page.Path] = new ServedFile(page) { Since = version };
        }
        if (files is null) return;
        // What ServedSite.Since would give, without comparing every file again: the others are the served ones, and the
        // diagnostics are the same.
        _current = new ServedSite(files, before.Diagnostics, version) { ErrorsSince = before.ErrorsSince };
        pagesReady(version);
    }

    /// <summary>Records a rebuild that failed with an unexpected exception: the last site is kept, with the failure as
    /// an error that the overlay shows over every page, never a stack trace. Returns the new version.</summary>
    public long Fail(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var failure = Diagnostic.Create(DiagnosticCodes.RebuildFailed, SourceLocation.StartOf(Options.DisplayPath(Options.InputDirectory)),
            $"{exception.GetType().Name}: {exception.Message}");
        var site = _current;
        _current = new ServedSite(site.Files, [.. site.Diagnostics.Where(d => d.Code != failure.Code), failure], site.Version + 1).Since(site);
        return _current.Version;
    }

    private static List<string> Changes(IReadOnlyDictionary<string, ServedFile> before, Dictionary<string, ServedFile> after)
    {
        // A page whose cached rendering was reused is the same object, so comparing is mostly a reference check.
        var changed = after.Where(f => !before.TryGetValue(f.Key, out var old) || !old.SameAs(f.Value)).Select(f => f.Key)
            .Concat(before.Keys.Where(k => !after.ContainsKey(k)))
            .ToList();
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }
}
