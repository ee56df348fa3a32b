namespace StatiqGuides.Tests.Testing;

/// <summary><see cref="WordySite"/> built once for a test class.</summary>
public sealed class WordySiteFixture : IAsyncLifetime
{
    public TestSite Site { get; } = WordySite.Create(guides: 160, seed: 7);

    public async Task InitializeAsync()
    {
        var result = await Site.BuildAsync();
        Expect.NoDiagnostics(result.Diagnostics);
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}
