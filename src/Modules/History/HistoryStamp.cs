using System.Text;

namespace StatiqGuides.Modules.History;

/// <summary>What the history a build reads depends on: the repository's top folder, its HEAD commit, whether the clone
/// is shallow, and the working tree's status under the input folder. Two builds with equal stamps read the same history,
/// so a build session reads it again only after a commit, a checkout or a file becoming (un)tracked or modified.</summary>
/// <param name="Head">The commit HEAD names; null when there is no history (git missing, no repository, no commit yet).</param>
/// <param name="Status">git status of the input folder, porcelain v1 (paths with their state).</param>
/// <param name="Shallow">The shallow clone's boundary commits, empty for a full clone.</param>
public sealed record HistoryStamp(string? Top, string? Head, string Status, string Shallow)
{
    /// <summary>The stamp when there is no history to read.</summary>
    public static HistoryStamp None { get; } = new(null, null, "", "");

    /// <summary>Stamps the repository holding <paramref name="inputDirectory"/>: two or three git invocations, never
    /// an exception; <see cref="None"/> when git is missing or the folder is in no repository with a commit.</summary>
    public static HistoryStamp Of(string inputDirectory)
    {
        ArgumentNullException.ThrowIfNull(inputDirectory);
        if (!Directory.Exists(inputDirectory) || !MayBeInRepository(inputDirectory)) return None;
        var git = new GitRunner(inputDirectory);
        // One call for the three: an input folder outside any repository makes it fail, and a repository with no
        // commit yet has no HEAD to verify.
        if (git.RunText("rev-parse", "--show-toplevel", "--git-path", "shallow", "--verify", "-q", "HEAD") is not { } answer) return None;
        var lines = answer.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length != 3) return None;
        var shallowPath = Path.IsPathRooted(lines[1]) ? lines[1] : Path.Combine(inputDirectory, lines[1]);
        var shallow = File.Exists(shallowPath) ? ReadText(shallowPath) : "";
        // Untracked files count: a new file has no commit date until it is committed. "." is the input folder.
        var status = git.Run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames", "--", "."]) is { } bytes
            ? Encoding.UTF8.GetString(bytes)
            : "";
        return new HistoryStamp(lines[0], lines[2], status, shallow);
    }

    /// <summary>False when no folder from <paramref name="directory"/> up holds a <c>.git</c> (a folder, or the file of a
    /// worktree or submodule) and git is not pointed elsewhere by GIT_DIR: git would find no repository either, and a build
    /// outside any (a test site, an unpacked bundle's sources) should not start git processes to learn it, every build.</summary>
    private static bool MayBeInRepository(string directory)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GIT_DIR"))) return true;
        for (var folder = new DirectoryInfo(Path.GetFullPath(directory)); folder is not null; folder = folder.Parent)
        {
            var dotGit = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(dotGit) || File.Exists(dotGit)) return true;
        }
        return false;
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
