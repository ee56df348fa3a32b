using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Serve;

/// <summary><c>serve</c> put together: builds once, serves, then rebuilds whenever input/ or theme/ change and tells the
/// browsers to reload. Content errors never stop it: they are reported and shown over the pages until fixed.</summary>
/// <param name="built">Told about every build (the first included), to print its diagnostics.</param>
/// <param name="failed">Told about an unexpected exception in a rebuild; the server goes on with the last site.</param>
public sealed class LiveServer(BuildOptions options, Action<SessionBuild> built, Action<Exception> failed, Build.SiteSetup? setup = null) : IAsyncDisposable
{
    /// <summary>The port tried when none is asked for; a free one is taken when it is busy.</summary>
    public const int DefaultPort = 8080;

    // An editor's save is a burst of system calls well under a millisecond apart; waiting longer only delays the reload.
    // A save slower than this (a network drive) costs a second rebuild, never a wrong page: each rebuild reads the disk.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(10);

    private readonly CancellationTokenSource _stopping = new();
    private DevServer? _server;
    private ChangeWatcher? _watcher;
    private Task? _loop;

    private BuildSession? _session;

    /// <summary>The session, once <see cref="StartAsync"/> has started the server.</summary>
    public BuildSession Session => _session ?? throw new InvalidOperationException("The server has not started.");

    public ReloadHub Hub { get; } = new();

    public Uri? Address { get; private set; }

    /// <param name="port">The port to listen on; null tries <see cref="DefaultPort"/>, then any free port; 0 any free port.</param>
    /// <exception cref="IOException">The port asked for is taken.</exception>
    public async Task<Uri> StartAsync(int? port, CancellationToken cancellationToken)
    {
        // Listen first: the site is built for the address it is served at (canonical links, feeds, the 404 page), unless
        // --base-url says otherwise. Until the first build ends, every path is "not found".
        var headers = ProductionHeaders.ForInput(options.InputDirectory, options.DisplayRoot);
        _server = new DevServer(() => _session?.Current ?? ServedSite.Empty, Hub, headers);
        try
        {
            Address = await _server.StartAsync(port ?? DefaultPort, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException) when (port is null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
            _server = new DevServer(() => _session?.Current ?? ServedSite.Empty, Hub, headers);
            Address = await _server.StartAsync(0, cancellationToken).ConfigureAwait(false);
        }
        var session = new BuildSession(options with { BaseUrl = options.BaseUrl ?? Address.ToString() }, setup);
        // Watch before the first build, so that a save during it is not missed.
        // A refused folder (SourceRoots, SG0011) could be a link to '/': it is not watched, as it is not read.
        _watcher = new ChangeWatcher(new[] { options.InputDirectory, options.ThemeDirectory }.Where(folder => Sources.SourceRoots.Allowed(folder, options)));
        var first = await session.RebuildAsync(cancellationToken).ConfigureAwait(false);
        _session = session;
        built(first);
        CollectWhileIdle();
        _loop = Task.Run(() => WatchAsync(_stopping.Token), CancellationToken.None);
        return Address;
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await _watcher!.NextBatchAsync(Quiet, cancellationToken).ConfigureAwait(false);
                var before = Session.Current;
                var reloaded = before.Version;
                void Reload(long version)
                {
                    reloaded = version;
                    Hub.Reload(version);
                }
                var build = await Session.RebuildAsync(Reload, cancellationToken).ConfigureAwait(false);
                built(build);
                if (build.Version != reloaded && (build.ChangedFiles.Count > 0 || !before.Diagnostics.SequenceEqual(build.Diagnostics)))
                {
                    Reload(build.Version);
                }
                CollectWhileIdle();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failed(exception);
                Hub.Reload(Session.Fail(exception));
            }
        }
    }

    /// <summary>A build leaves its garbage in the young generations: collected now, while nobody waits, it is not
    /// collected in the middle of the next save's rebuild, on the way to the reader's page. The whole heap is collected
    /// too once it has grown well past what the last full collection left, before the runtime does it in a rebuild
    /// (a 300–360 ms pause on the 1k corpus; bench/PROFILE.md).</summary>
    private static void CollectWhileIdle()
    {
        var afterLastFull = GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes;
        var full = afterLastFull > 0 && GC.GetTotalMemory(forceFullCollection: false) > afterLastFull * FullCollectionGrowth;
        GC.Collect(full ? 2 : 1, GCCollectionMode.Forced, blocking: true);
    }

    /// <summary>How much the heap grows past the last full collection before the server collects it whole while idle.</summary>
    private const double FullCollectionGrowth = 1.4;

    public async Task StopAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is { } loop) await loop.ConfigureAwait(false);
        _watcher?.Dispose();
        if (_server is { } server) await server.StopAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        if (_server is { } server) await server.DisposeAsync().ConfigureAwait(false);
        _server = null;
        _stopping.Dispose();
    }
}
