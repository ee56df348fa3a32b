namespace StatiqGuides.Cli;

/// <summary>The world a command runs in: the folder relative paths start from, the writers it prints to, the environment
/// variables it honours (NO_COLOR, STATIQGUIDES_TRACE, a CI's own), whether a person watches a terminal, and how the user
/// runs the tool. Commands read these from here, never from the process, so that tests run many commands at once in one
/// process; <see cref="ProcessEnvironment.Current"/> builds the real one.</summary>
/// <param name="WorkingDirectory">Absolute: what relative paths on the command line are relative to, and diagnostics' paths too.</param>
/// <param name="Out">Standard output: what the command produces (reports, diagnostics, the summary).</param>
/// <param name="Error">Standard error: what goes wrong, and the summary of machine formats.</param>
/// <remarks>Immutable; the writers are shared with System.CommandLine, which prints help and parse errors to them.</remarks>
internal sealed record CommandEnvironment(string WorkingDirectory, TextWriter Out, TextWriter Error, IReadOnlyDictionary<string, string?> Variables)
{
    /// <summary>Set when a person watches stdout and stderr in a terminal: then a progress display runs and diagnostics
    /// are coloured. Null when the output is redirected, piped, or a test's writer.</summary>
    public ConsoleTerminal? Terminal { get; init; }

    /// <summary>How hints write a command the user can paste.</summary>
    public CommandInvocation Invocation { get; init; } = new(CommandInvocation.ToolName);

    /// <summary>The site the commands build: the default one, or a host program's (<see cref="SiteHost"/>).</summary>
    public Modules.Build.SiteSetup Setup { get; init; } = new();

    public string? Variable(string name) => Variables.TryGetValue(name, out var value) ? value : null;

    /// <summary>STATIQGUIDES_TRACE=1: an unexpected exception is printed with its stack trace, for the bug report.</summary>
    public bool Traces => Variable("STATIQGUIDES_TRACE") == "1";

    /// <summary>A path from the command line, made absolute against <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A path as diagnostics show it: relative to <see cref="WorkingDirectory"/>, with '/' separators.</summary>
    public string DisplayPath(string fullPath) => Path.GetRelativePath(WorkingDirectory, fullPath).Replace('\\', '/');

    /// <summary>Prints "error: <paramref name="message"/>" on stderr; returns the exit code 1.</summary>
    public int Fail(string message)
    {
        Error.Write($"error: {message}\n");
        return 1;
    }

    /// <summary>What a command prints when the folder of its <c>--input</c> (<paramref name="what"/> "input") or of an
    /// explicit <c>--theme</c> ("theme") is missing: a coded diagnostic at the option, and its fix, on stderr; returns
    /// the exit code 1.</summary>
    public int FolderMissing(string what, string path)
    {
        var (code, option) = what == "theme"
            ? (Core.Diagnostics.DiagnosticCodes.ThemeOptionFolderMissing, "--theme")
            : (Core.Diagnostics.DiagnosticCodes.InputFolderMissing, "--input");
        var diagnostic = Core.Diagnostics.Diagnostic.Create(code, Core.Diagnostics.SourceLocation.StartOf(option), DisplayPath(path));
        Error.Write($"{diagnostic}\n    fix: {Invocation.Apply(code.Fix)}\n");
        return 1;
    }

    /// <summary>What a command prints when its input or theme folder is a link out of the current folder
    /// (<see cref="Modules.Sources.SourceRoots"/>, SG0011): a coded diagnostic at each, and its fix, on stderr, before
    /// anything is read or written (<c>new language</c> would otherwise edit the site.yml the link leads to).</summary>
    /// <returns>The exit code 1, or null when both folders may be read.</returns>
    public int? FoldersRefused(Core.Pipelines.BuildOptions options)
    {
        var refused = new Core.Diagnostics.DiagnosticBag();
        if (Modules.Sources.SourceRoots.Check(options, refused)) return null;
        var fix = Invocation.Apply(Core.Diagnostics.DiagnosticCodes.SourceFolderOutside.Fix);
        foreach (var diagnostic in refused.ToSortedList()) Error.Write($"{diagnostic}\n    fix: {fix}\n");
        return 1;
    }

    /// <summary>For a command that needs only the input folder: SG0010 when it is missing, else SG0011 when a folder is
    /// refused (<see cref="FoldersRefused"/>), printed on stderr.</summary>
    /// <returns>The exit code 1, or null when the site can be read.</returns>
    public int? CannotReadInput(Core.Pipelines.BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Directory.Exists(options.InputDirectory) ? FoldersRefused(options) : FolderMissing("input", options.InputDirectory);
    }
}
