using System.Globalization;
using Spectre.Console;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Build;

namespace StatiqGuides.Cli;

/// <summary>Everything the commands print: diagnostics in the chosen format, a progress display when a person is
/// watching, and the closing summary line. Machine formats keep stdout clean: the summary goes to stderr.</summary>
internal sealed class ConsoleReporter(DiagnosticFormat format)
{
    private readonly bool _interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected
        && AnsiConsole.Profile.Capabilities.Interactive;

    public async Task<T> WithProgressAsync<T>(Func<IProgress<string>?, Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!_interactive || format != DiagnosticFormat.Text)
        {
            return await run(null).ConfigureAwait(false);
        }
        return await AnsiConsole.Status().Spinner(Spinner.Known.Dots).StartAsync("Building…", async status =>
        {
            var progress = new Progress<string>(step => status.Status($"Building: {step}…"));
            return await run(progress).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    public void Print(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        switch (format)
        {
            case DiagnosticFormat.Json:
                Console.Out.Write(DiagnosticJson.Write(diagnostics));
                Console.Out.Write('\n');
                break;
            case DiagnosticFormat.Github:
                foreach (var diagnostic in diagnostics)
                {
                    Console.Out.Write(GithubAnnotation.Format(diagnostic));
                    Console.Out.Write('\n');
                }
                break;
            default:
                foreach (var diagnostic in diagnostics)
                {
                    if (_interactive)
                    {
                        var colour = diagnostic.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };
                        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
                            "[bold]{0}[/]: [{1}]{2} {3}[/]: {4}", Markup.Escape(DisplayText.Escape(diagnostic.Location.ToString())), colour,
                            diagnostic.Severity.ToString().ToLowerInvariant(), diagnostic.Code, Markup.Escape(DisplayText.Escape(diagnostic.Message)));
                    }
                    else
                    {
                        Console.Out.Write(diagnostic.ToString());
                        Console.Out.Write('\n');
                    }
                }
                break;
        }
    }

    public void Summary(BuildResult result, string? outputPath, bool wrote)
    {
        ArgumentNullException.ThrowIfNull(result);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var counts = $"{result.Errors} error{(result.Errors == 1 ? "" : "s")}, {result.Warnings} warning{(result.Warnings == 1 ? "" : "s")}";
        var line = !wrote
            ? $"Checked {result.Pages} pages in {seconds} s: {counts}."
            : result.Errors > 0
                ? $"Build failed in {seconds} s: {counts}. {outputPath} was left as it was."
                : $"Built {result.Pages} pages ({result.FilesWritten} files in {outputPath}) in {seconds} s: {counts}.";
        var writer = format == DiagnosticFormat.Text ? Console.Out : Console.Error;
        writer.Write(line);
        writer.Write('\n');
    }

    public static int FolderMissing(string what, string path)
    {
        Console.Error.Write($"error: the {what} folder '{path}' does not exist.\n");
        return 1;
    }
}
