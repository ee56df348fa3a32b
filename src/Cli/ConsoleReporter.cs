using System.Globalization;
using Spectre.Console;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Build;

namespace StatiqGuides.Cli;

/// <summary>Everything the commands print: diagnostics in the chosen format, a progress display when a person is
/// watching, and the closing summary line. Machine formats keep stdout clean: the summary goes to stderr.</summary>
internal sealed class ConsoleReporter
{
    private readonly CommandEnvironment _environment;
    private readonly DiagnosticFormat _format;

    // Null when nobody watches a terminal, or a CI's variables say it is not interactive: then plain lines only.
    private readonly IAnsiConsole? _console;

    public ConsoleReporter(CommandEnvironment environment, DiagnosticFormat format)
    {
        ArgumentNullException.ThrowIfNull(environment);
        _environment = environment;
        _format = format;
        var console = environment.Terminal?.Create(environment.Out, environment.Variables);
        _console = console is { Profile.Capabilities.Interactive: true } ? console : null;
    }

    public async Task<T> WithProgressAsync<T>(Func<IProgress<string>?, Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (_console is null || _format != DiagnosticFormat.Text)
        {
            return await run(null).ConfigureAwait(false);
        }
        return await _console.Status().Spinner(Spinner.Known.Dots).StartAsync("Building…", async status =>
        {
            var progress = new Progress<string>(step => status.Status($"Building: {step}…"));
            return await run(progress).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    public void Print(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        diagnostics = [.. diagnostics.Select(d => d with { Message = _environment.Invocation.Apply(d.Message) })];
        switch (_format)
        {
            case DiagnosticFormat.Json:
                _environment.Out.Write(DiagnosticJson.Write(diagnostics));
                _environment.Out.Write('\n');
                break;
            case DiagnosticFormat.Github:
                foreach (var diagnostic in diagnostics)
                {
                    _environment.Out.Write(GithubAnnotation.Format(diagnostic));
                    _environment.Out.Write('\n');
                }
                break;
            default:
                PrintText(diagnostics);
                break;
        }
    }

    /// <summary>Each problem once, with how many times it occurs, and the fix of its code the first time it is met.</summary>
    private void PrintText(IReadOnlyList<Diagnostic> diagnostics)
    {
        var explained = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in DiagnosticGroup.Of(diagnostics))
        {
            var diagnostic = group.First;
            var more = group.MoreText();
            var fix = explained.Add(diagnostic.Code) && DiagnosticCodes.Find(diagnostic.Code) is { } code ? _environment.Invocation.Apply(code.Fix) : null;
            if (_console is not null)
            {
                var colour = diagnostic.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };
                _console.MarkupLine(CultureInfo.InvariantCulture,
                    "[bold]{0}[/]: [{1}]{2} {3}[/]: {4}", Markup.Escape(DisplayText.Escape(diagnostic.Location.ToString())), colour,
                    diagnostic.Severity.ToString().ToLowerInvariant(), diagnostic.Code, Markup.Escape(DisplayText.Escape(diagnostic.Message)));
                if (more is not null) _console.MarkupLine(CultureInfo.InvariantCulture, "    [dim]{0}[/]", Markup.Escape(DisplayText.Escape(more)));
                if (fix is not null) _console.MarkupLine(CultureInfo.InvariantCulture, "    [green]fix:[/] {0}", Markup.Escape(fix));
            }
            else
            {
                _environment.Out.Write(diagnostic.ToString());
                _environment.Out.Write('\n');
                if (more is not null) _environment.Out.Write($"    {DisplayText.Escape(more)}\n");
                if (fix is not null) _environment.Out.Write($"    fix: {fix}\n");
            }
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
        var writer = _format == DiagnosticFormat.Text ? _environment.Out : _environment.Error;
        writer.Write(line);
        writer.Write('\n');
    }
}
