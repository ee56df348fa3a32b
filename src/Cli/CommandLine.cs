using System.CommandLine;

namespace StatiqGuides.Cli;

/// <summary>Every command of the tool, in one place, so that tests can check that scripts and workflows name real ones.</summary>
internal static class CommandLine
{
    public static RootCommand Create(CommandEnvironment environment)
    {
        var common = new CommonOptions(environment.WorkingDirectory);
        var root = new RootCommand("StatiqGuides: builds the multilingual site of practical guides on parliaments' digital tools.");
        root.Subcommands.Add(BuildCommand.Create(environment, common));
        root.Subcommands.Add(CheckCommand.Create(environment, common));
        root.Subcommands.Add(ServeCommand.Create(environment, common));
        root.Subcommands.Add(BundleCommand.Create(environment, common));
        root.Subcommands.Add(TranslationsCommand.Create(environment, common));
        root.Subcommands.Add(NewCommand.Create(environment, common));
        root.Subcommands.Add(CodeOwnersCommand.Create(environment, common));
        root.Subcommands.Add(InitCommand.Create(environment, common));
        return root;
    }

    /// <summary>Parses <paramref name="arguments"/> and runs the command in <paramref name="environment"/>: what the tool
    /// does as a process, and what tests run in process.</summary>
    /// <param name="signals">Whether Ctrl+C and SIGTERM cancel the command, as in the process; tests cancel with
    /// <paramref name="cancellationToken"/> and leave the test host's signals alone.</param>
    public static async Task<int> RunAsync(CommandEnvironment environment, IReadOnlyList<string> arguments, bool signals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        // System.CommandLine writes only help and --version here (commands write to environment.Out): kept until the
        // end, so the usage lines can name the tool as the user runs it, as every hint does, instead of the assembly.
        using var commandLineOutput = new StringWriter();
        var root = Create(environment);
        var configuration = new InvocationConfiguration
        {
            Output = commandLineOutput,
            Error = environment.Error,
            EnableDefaultExceptionHandler = false,
            // Two seconds, System.CommandLine's default: the time a cancelled command gets to finish before the signal's exit code.
            ProcessTerminationTimeout = signals ? TimeSpan.FromSeconds(2) : null,
        };
        try
        {
            return await root.Parse(arguments).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Bad content is reported as diagnostics; an exception reaching here is a bug of ours, and a stack trace would
            // only confuse an author: one line says what happened, STATIQGUIDES_TRACE=1 shows the trace for the bug report.
            return InternalError.Report(exception, environment);
        }
        finally
        {
            environment.Out.Write(commandLineOutput.ToString().Replace("\n  " + root.Name + " ", "\n  " + environment.Invocation.Prefix + " ", StringComparison.Ordinal));
        }
    }
}
