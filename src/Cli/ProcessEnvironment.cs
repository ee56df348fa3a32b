using System.Collections;
using Spectre.Console;

namespace StatiqGuides.Cli;

/// <summary>The <see cref="CommandEnvironment"/> of the running process: its current directory, stdout and stderr, its
/// environment variables, and its terminal. The only place the tool reads them; Program.cs runs the command line in it.</summary>
internal static class ProcessEnvironment
{
    public static CommandEnvironment Current()
    {
        var variables = new Dictionary<string, string?>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value;
        }
        return new CommandEnvironment(Directory.GetCurrentDirectory(), Console.Out, Console.Error, variables)
        {
            Terminal = Terminal(),
            Invocation = CommandInvocation.Current(),
        };
    }

    // Redirected output is read by a program (CI, a pipe, a test): plain text only. Spectre's own detection (TERM,
    // COLORTERM, NO_COLOR, a CI's variables) is asked only when a person may be watching.
    private static ConsoleTerminal? Terminal()
    {
        if (Console.IsOutputRedirected || Console.IsErrorRedirected) return null;
        var profile = AnsiConsole.Profile;
        return profile.Capabilities.Interactive ? new ConsoleTerminal(profile.Capabilities.Ansi, profile.Capabilities.ColorSystem, profile.Width) : null;
    }
}
