using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace StatiqGuides.Modules.History;

/// <summary>Runs the <c>git</c> binary with fixed arguments: no shell, no pager, no external diff or text conversion,
/// no hooks, no fsmonitor, paths printed as they are (<c>core.quotepath=off</c>).</summary>
/// <remarks>The user's own git configuration otherwise applies, so worktrees, shallow clones and safe.directory behave
/// exactly as in their terminal. A git that is missing or fails is "no answer", never an exception.</remarks>
internal sealed class GitRunner(string workingDirectory)
{
    private static readonly string[] FixedOptions =
    [
        "-c", "core.quotepath=off", "-c", "core.hooksPath=" + (OperatingSystem.IsWindows() ? "NUL" : "/dev/null"),
        "-c", "core.fsmonitor=false", "-c", "diff.external=", "--no-pager",
    ];

    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>The raw bytes git wrote to stdout, or null when git is missing or exited non-zero.</summary>
    public byte[]? Run(IReadOnlyList<string> arguments, byte[]? input = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        foreach (var option in FixedOptions) start.ArgumentList.Add(option);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["LC_ALL"] = "C";
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            return null;
        }
        if (process is null) return null;
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            if (input is not null)
            {
                // Written while stdout is drained, so a large batch never deadlocks on a full pipe.
                process.StandardInput.BaseStream.Write(input);
                process.StandardInput.Close();
            }
            copy.GetAwaiter().GetResult();
            _ = stderr.GetAwaiter().GetResult();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.ToArray() : null;
        }
    }

    public string? RunText(params string[] arguments) => Run(arguments) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
}
