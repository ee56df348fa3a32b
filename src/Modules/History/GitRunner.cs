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
            // Read with blocking calls and threads of its own, never the thread pool: a build's parallel steps hold every
            // pool thread, so asynchronous reads waited for the pool to grow, and the git call, with the pool thread it
            // blocked, stood still for half a second of every clean build (bench/PROFILE.md).
            var stderr = Started(() => process.StandardError.BaseStream.CopyTo(Stream.Null));
            var writer = input is null ? null : Started(() =>
            {
                // Written while stdout is drained, so a large batch never deadlocks on a full pipe.
                process.StandardInput.BaseStream.Write(input);
                process.StandardInput.Close();
            });
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            writer?.Join();
            stderr.Join();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.ToArray() : null;
        }
    }

    /// <summary>Runs <paramref name="work"/> on a thread of its own; a pipe that git closed early ends it quietly (git's exit
    /// code then says what happened).</summary>
    private static Thread Started(Action work)
    {
        var thread = new Thread(() =>
        {
            try
            {
                work();
            }
            catch (IOException)
            {
            }
        })
        {
            IsBackground = true,
            Name = "git pipe",
        };
        thread.Start();
        return thread;
    }

    public string? RunText(params string[] arguments) => Run(arguments) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
}
