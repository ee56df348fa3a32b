namespace StatiqGuides.Tests.Testing;

/// <summary>The bundles of the repository's real input/, built once for <see cref="InputBundleTests"/>.</summary>
public sealed class InputBundlesFixture : IAsyncLifetime
{
    private UnzippedBundles? _bundles;

    public UnzippedBundles Bundles => _bundles ?? throw new InvalidOperationException("The bundles have not been built.");

    public async Task InitializeAsync() =>
        _bundles = await UnzippedBundles.BuildAsync(RepositoryPaths.Input, RepositoryPaths.Theme, RepositoryPaths.Root);

    public Task DisposeAsync()
    {
        _bundles?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The tests that read the bundles of input/, on disk and in a browser of their own: one collection, so that
/// the real site, the costliest fixture of the suite, is bundled once for all of them.</summary>
[CollectionDefinition(Name)]
[Scheduling.LongRunning(50)]
public sealed class InputBundleTests : ICollectionFixture<InputBundlesFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Input bundles";
}
