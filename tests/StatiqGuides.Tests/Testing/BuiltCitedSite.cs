using StatiqGuides.Modules.Build;

namespace StatiqGuides.Tests.Testing;

/// <summary><see cref="CitedSite"/> built once for a test class (xunit class fixture).</summary>
public sealed class BuiltCitedSite : IAsyncLifetime
{
    public const string BaseUrl = "https://guides.test/";

    public TestSite Site { get; } = CitedSite.Create();

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync() => Result = await Site.BuildAsync();

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}
