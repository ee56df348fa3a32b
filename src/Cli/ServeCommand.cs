using System.CommandLine;
using System.Globalization;
using StatiqGuides.Modules.Serve;

namespace StatiqGuides.Cli;

/// <summary><c>serve [--port N]</c>: builds, serves on 127.0.0.1, rebuilds what a change affects and reloads the browser.
/// Content errors are printed here as <c>check</c> prints them and shown over the pages; it serves until cancelled:
/// Ctrl+C or SIGTERM in the process (System.CommandLine turns them into the cancellation), a test's token in process.</summary>
internal static class ServeCommand
{
    public static Command Create(CommandEnvironment environment, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(common);
        var port = new Option<int?>("--port") { Description = $"The port to listen on (default {LiveServer.DefaultPort}, or a free one if it is taken; 0 for any free one)." };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } given && given is < 0 or > 65535)
            {
                result.AddError($"--port {given} is not a port: give a number from 1 to 65535, or 0 for any free port.");
            }
        });
        var command = new Command("serve", "Builds the site, serves it on 127.0.0.1 and rebuilds it when input/ or theme/ change.");
        common.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = common.Read(result);
            if (common.MissingFolder(result, options) is { } missing) return environment.FolderMissing(missing.What, missing.Path);
            if (environment.FoldersRefused(options) is { } refused) return refused;
            var console = new ConsoleReporter(environment, DiagnosticFormat.Text);
            KeepThreadsForRequests();
            var first = true;
            await using var server = new LiveServer(options, build =>
            {
                console.Print(build.Diagnostics);
                var ms = build.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
                var counts = $"{build.Errors} error{(build.Errors == 1 ? "" : "s")}, {build.Warnings} warning{(build.Warnings == 1 ? "" : "s")}";
                environment.Out.Write(first
                    ? $"Built {build.Pages} pages in {ms} ms: {counts}.\n"
                    : $"Rebuilt in {ms} ms: {build.ChangedFiles.Count} file{(build.ChangedFiles.Count == 1 ? "" : "s")} changed, {counts}.{(build.Errors > 0 ? " Serving the last good pages." : "")}\n");
                first = false;
            }, exception =>
            {
                // One escaped line, as InternalError prints: a message may carry content, and no stack trace is shown.
                var cause = exception is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : exception;
                environment.Error.Write($"error: the rebuild failed unexpectedly ({cause.GetType().Name}): {Core.Diagnostics.DisplayText.Escape(cause.Message)}; still serving the last site.\n");
                if (environment.Traces) environment.Error.Write($"{exception}\n");
            }, environment.Setup);
            Uri address;
            try
            {
                address = await server.StartAsync(result.GetValue(port), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException exception)
            {
                environment.Error.Write($"error: cannot listen on port {result.GetValue(port)}: {exception.Message}\n");
                return 1;
            }
            environment.Out.Write($"Serving {address} (Ctrl+C to stop). Watching {options.DisplayPath(options.InputDirectory)}/ and {options.DisplayPath(options.ThemeDirectory)}/.\n");
            // The cancellation ends the wait, and `await using` stops the watcher, the server and the browsers' streams.
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                environment.Out.Write("Stopping.\n");
            }
            return 0;
        });
        return command;
    }

    /// <summary>While a rebuild's parallel loops hold every thread-pool thread, a request (the reload a save asks for)
    /// would wait for the pool to add one, which it does slowly: on 2 cores, 50–180 ms after the changed pages were ready
    /// (bench/PROFILE.md). More threads ready at once let the request run beside the loops.</summary>
    private static void KeepThreadsForRequests()
    {
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 4), completions);
    }
}
