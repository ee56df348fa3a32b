using System.Diagnostics;

namespace StatiqGuides.Tests.Testing;

/// <summary>Runs the built tool (<c>dotnet StatiqGuides.Tool.dll …</c>) as a user would, in a given current directory.
/// Only for what a process alone shows (exit codes of a crash, signals, --help): every other test runs the command in
/// process with <see cref="ToolRunner"/>, which is several times faster.</summary>
public static class ToolProcess
{
    public static async Task<ToolRun> RunAsync(string workingDirectory, params string[] arguments)
    {
        using var process = Start(workingDirectory, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new ToolRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The tool started with stdout and stderr redirected, for a test that talks to it while it runs.</summary>
    public static Process Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.ToolAssembly);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // No colours or terminal detection: the output must be the same as in CI.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
