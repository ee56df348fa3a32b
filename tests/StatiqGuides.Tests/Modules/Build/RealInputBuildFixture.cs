using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Build;

/// <summary>The repository's real input/ built once, with the real theme, into a temporary folder, for all the tests
/// of a class; diagnostics' paths are relative to the repository root (<c>input/guides/…</c>).</summary>
public sealed class RealInputBuildFixture : IAsyncLifetime
{
    public string Output { get; } = Path.Combine(Path.GetTempPath(), "statiqguides-e2e", Guid.NewGuid().ToString("N"));

    public BuildResult Result { get; private set; } = null!;

    public SiteCatalog Catalog { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, Output, RepositoryPaths.Root);
        Result = await SiteBuilder.RunAsync(options, write: true);
        Catalog = (await SiteBuilder.ReadCatalogAsync(options)).Catalog;
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true);
        return Task.CompletedTask;
    }

    public string PathOf(string page) => Path.Combine(Output, page);
}
