namespace StatiqGuides.Tests.Testing;

/// <summary>The bundles of the repository's real input/, built once for a test class.</summary>
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
