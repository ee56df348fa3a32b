using System.ComponentModel;
using System.Diagnostics;

namespace StatiqGuides.Modules.Bundles;

/// <summary>The commit the input was built from, for the edition manifest: <c>git rev-parse HEAD</c> in the input
/// folder. Null when git is not installed, the folder is not in a repository, or git does not answer in time.</summary>
public static class SourceCommit
{
    public static string? Of(string inputDirectory)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = inputDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("rev-parse");
        start.ArgumentList.Add("HEAD");
        try
        {
            using var process = Process.Start(start);
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill();
                return null;
            }
            var commit = output.Result.Trim();
            return process.ExitCode == 0 && commit.Length >= 40 && commit.All(Uri.IsHexDigit) ? commit : null;
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
