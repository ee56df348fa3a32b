using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Bundles;

/// <summary>The watch every offline test relies on: if it let a request through or failed to record it, "stayed offline"
/// would prove nothing.</summary>
[Collection(BrowserTests.Name)]
public sealed class OfflineWatchBrowserTests(BrowserFixture browser) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sg-watch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_page_on_disk_loads_its_files_and_every_request_leaving_file_is_aborted_and_recorded()
    {
        File.WriteAllText(Path.Combine(_folder, "local.js"), "document.title = 'local ran';");
        File.WriteAllText(Path.Combine(_folder, "index.html"), """
            <!DOCTYPE html>
            <html><head><title>start</title>
            <script src="local.js"></script>
            <script src="https://cdn.example.test/remote.js"></script>
            </head><body><img src="http://images.example.test/a.png" alt=""></body></html>
            """);
        await using var tab = await browser.OpenAsync();

        await tab.GotoFileAsync(Path.Combine(_folder, "index.html"));

        Assert.Equal("local ran", await tab.Page.TitleAsync());
        Assert.Equal(["http://images.example.test/a.png", "https://cdn.example.test/remote.js"], tab.BlockedRequests.Order(StringComparer.Ordinal));
        Assert.ThrowsAny<Exception>(tab.AssertStayedOffline);
    }
}
