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

    public async Task<SessionBuild> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        _cache.BeginRun();
        var diagnostics = new DiagnosticBag();
        var context = new BuildContext(Options, diagnostics).WithCache(_cache);
        var outputs = new SiteOutputs(await _site.Engine.RunAsync(context, null, cancellationToken).ConfigureAwait(false), _site.Site);
        _cache.EndRun();
        var previous = _current.Files;
        var files = new Dictionary<string, ServedFile>(diagnostics.HasErrors ? _lastGood : new Dictionary<string, ServedFile>(), StringComparer.Ordinal);
        foreach (var file in outputs.SiteFiles)
        {
            files[file.Path] = previous.TryGetValue(file.Path, out var old) && ReferenceEquals(old.File, file) ? old : new ServedFile(file);
        }
        var changed = Changes(previous, files);
        var sorted = diagnostics.ToSortedList();
        if (!diagnostics.HasErrors) _lastGood = files;
        var version = _current.Version + 1;
        _current = new ServedSite(files, sorted, version);
        return new SessionBuild(sorted, version, outputs.Layouts.Count, changed, stopwatch.Elapsed, _cache.Counters);
    }

    /// <summary>Records a rebuild that failed with an unexpected exception: the last site is kept, with the failure as
    /// an error that the overlay shows over every page, never a stack trace. Returns the new version.</summary>
    public long Fail(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var failure = Diagnostic.Create(DiagnosticCodes.RebuildFailed, SourceLocation.StartOf(Options.DisplayPath(Options.InputDirectory)),
            $"{exception.GetType().Name}: {exception.Message}");
        var site = _current;
        _current = new ServedSite(site.Files, [.. site.Diagnostics.Where(d => d.Code != failure.Code), failure], site.Version + 1);
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
