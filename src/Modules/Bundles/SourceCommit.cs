using StatiqGuides.Modules.History;

namespace StatiqGuides.Modules.Bundles;

/// <summary>The commit the input was built from, for the edition manifest: <c>git rev-parse HEAD</c> in the input
/// folder. Null when git is not installed or the folder is not in a repository.</summary>
/// <remarks>Run as the history's git calls are (<see cref="GitRunner"/>): without hooks or fsmonitor, its output read
/// by blocking calls rather than on the thread pool, which a bundle's parallel builds keep busy.</remarks>
public static class SourceCommit
{
    public static string? Of(string inputDirectory)
    {
        var commit = new GitRunner(inputDirectory).RunText("rev-parse", "HEAD")?.Trim();
        return commit is { Length: >= 40 } && commit.All(Uri.IsHexDigit) ? commit : null;
    }
}
