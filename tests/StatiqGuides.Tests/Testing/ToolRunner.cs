using StatiqGuides.Cli;

namespace StatiqGuides.Tests.Testing;

/// <summary>Runs a command of the tool in this process as <see cref="ToolProcess"/> runs it as a process: the same
/// arguments, relative paths from the working directory, NO_COLOR and no terminal, through the same
/// <see cref="CommandLine.RunAsync"/> as Program.cs, internal errors included. Each run has its own writers and
/// environment, so tests run commands in parallel.</summary>
public static class ToolRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static Task<ToolRun> RunAsync(string workingDirectory, params string[] arguments) =>
        RunWithAsync(workingDirectory, Variables(), terminal: null, arguments);

    /// <summary>A run with these environment variables (instead of NO_COLOR=1 alone) and, when set, a person's terminal.</summary>
    internal static async Task<ToolRun> RunWithAsync(string workingDirectory, IReadOnlyDictionary<string, string?> variables,
        ConsoleTerminal? terminal, params string[] arguments)
    {
        var stdout = new CapturedWriter();
        var stderr = new CapturedWriter();
        var environment = Environment(workingDirectory, stdout, stderr, variables) with { Terminal = terminal };
        using var timeout = new CancellationTokenSource(Timeout);
        var exitCode = await CommandLine.RunAsync(environment, arguments, signals: false, timeout.Token);
        return new ToolRun(exitCode, stdout.Text, stderr.Text);
    }

    /// <summary>The environment of a test's command, as a repository build names itself in hints.</summary>
    internal static CommandEnvironment Environment(string workingDirectory, TextWriter stdout, TextWriter stderr,
        IReadOnlyDictionary<string, string?>? variables = null) =>
        new(Path.GetFullPath(workingDirectory), stdout, stderr, variables ?? Variables())
        {
            Invocation = new CommandInvocation("dotnet run -c Release --"),
        };

    /// <summary>NO_COLOR=1, as <see cref="ToolProcess"/> sets it; nothing of the test host's environment.</summary>
    internal static Dictionary<string, string?> Variables() => new(StringComparer.Ordinal) { ["NO_COLOR"] = "1" };
}
