using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary><c>serve</c> as a process: it prints its address, answers, and stops cleanly on the termination signal that
/// Ctrl+C's handling shares. Runs on Linux and macOS, where the test sends the signal with kill(1).</summary>
public sealed partial class ServeCommandTests
{
    private static Process Start(TestSite site, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = site.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryPaths.ToolAssembly);
        start.ArgumentList.Add("serve");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    [Fact]
    public async Task Serve_prints_its_address_answers_pages_and_stops_cleanly_on_sigterm()
    {
        using var site = TestSite.Create();
        using var process = Start(site, "--port", "0");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var built = await process.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.Matches(@"^Built \d+ pages in \d+ ms: 0 errors, 0 warnings\.$", built);
            var serving = await process.StandardOutput.ReadLineAsync(timeout.Token);
            var address = Address().Match(serving ?? "");
            Assert.True(address.Success, serving);
            Assert.EndsWith("(Ctrl+C to stop). Watching input/ and theme/.", serving, StringComparison.Ordinal);

            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var page = await client.GetAsync(new Uri(new Uri(address.Value), TestSite.GoodGuidePage.Replace("index.html", "", StringComparison.Ordinal)));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Equal("Stopping.\n", await process.StandardOutput.ReadToEndAsync(timeout.Token));
            Assert.Equal("", await process.StandardError.ReadToEndAsync(timeout.Token));
            Assert.False(Directory.Exists(site.OutputDirectory));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task A_port_that_is_taken_is_refused_with_exit_1()
    {
        using var site = TestSite.Create();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = await ToolProcess.RunAsync(site.Root, "serve", "--port", port);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith($"error: cannot listen on port {port}: ", run.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Address();
}
