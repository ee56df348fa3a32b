using System.Diagnostics;

namespace StatiqGuides.Tests.Testing;

/// <summary>Runs git in a test's folder with a fixed identity and fixed dates, so the history a test builds is the same
/// on every machine and never reads the user's global configuration.</summary>
public static class GitRepository
{
    public static void Init(string folder)
    {
        Run(folder, "init", "-q", "-b", "main");
        Run(folder, "config", "user.email", "test@example.org");
        Run(folder, "config", "user.name", "Test");
        Run(folder, "config", "core.autocrlf", "false");
    }

    /// <summary>Commits everything in the folder; <paramref name="day"/> makes the commit date 2024-01-<paramref name="day"/>.</summary>
    public static void CommitAll(string folder, string message, int day)
    {
        Run(folder, "add", "-A");
        var date = $"2024-01-{day:00}T12:00:00Z";
        Run(folder, new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date }, "commit", "-q", "-m", message);
    }

    public static string Run(string folder, params string[] arguments) => Run(folder, new Dictionary<string, string>(), arguments);

    private static string Run(string folder, Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
        return output;
    }
}
