using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using StatiqGuides.Cli;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary><c>serve</c> in process: it prints its address, answers, and stops when its cancellation token is cancelled,
/// as Ctrl+C and SIGTERM cancel it in the process (<see cref="ToolProcessTests"/> sends the signal).</summary>
public sealed partial class ServeCommandTests
{
    [Fact]
    public async Task Serve_prints_its_address_answers_pages_and_stops_when_cancelled()
    {
        using var site = TestSite.Create();
        var stdout = new CapturedWriter();
        var stderr = new CapturedWriter();
        using var stop = new CancellationTokenSource();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var serve = CommandLine.RunAsync(ToolRunner.Environment(site.Root, stdout, stderr), ["serve", "--port", "0"], signals: false, stop.Token);

        var lines = (await stdout.WaitForAsync(t => t.Split('\n').Length > 2, timeout.Token)).Split('\n');
        Assert.Matches(@"^Built \d+ pages in \d+ ms: 0 errors, 0 warnings\.$", lines[0]);
        var address = Address().Match(lines[1]);
        Assert.True(address.Success, lines[1]);
        Assert.EndsWith("(Ctrl+C to stop). Watching input/ and theme/.", lines[1], StringComparison.Ordinal);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var page = await client.GetAsync(new Uri(new Uri(address.Value), TestSite.GoodGuidePage.Replace("index.html", "", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        await stop.CancelAsync();

        Assert.Equal(0, await serve.WaitAsync(timeout.Token));
        Assert.Equal($"{lines[0]}\n{lines[1]}\nStopping.\n", stdout.Text);
        Assert.Equal("", stderr.Text);
        Assert.False(Directory.Exists(site.OutputDirectory));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.GetAsync(new Uri(address.Value)));
    }

    [Fact]
    public async Task A_port_that_is_taken_is_refused_with_exit_1()
    {
        using var site = TestSite.Create();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = await ToolRunner.RunAsync(site.Root, "serve", "--port", port);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith($"error: cannot listen on port {port}: ", run.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Address();
}
