namespace StatiqGuides.Tests.Testing;

/// <summary>The bundles of the repository's real input/, built once for a collection (<see cref="InputBundleTests"/>, and
/// <see cref="BrowserTests"/> for the tests that open them in the browser).</summary>
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

/// <summary>The tests that read the bundles of input/ without a browser: one collection, so that the real site is bundled
/// once for all of them rather than once per class.</summary>
[CollectionDefinition(Name)]
[Scheduling.LongRunning(50)]
public sealed class InputBundleTests : ICollectionFixture<InputBundlesFixture>
{
    public const string Name = "Input bundles";
}
