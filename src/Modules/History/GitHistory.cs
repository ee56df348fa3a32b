using System.Globalization;
using System.Text;

namespace StatiqGuides.Modules.History;

/// <summary>What the repository's history knows about content files, read with the <c>git</c> binary.</summary>
/// <remarks>
/// Opened once per command; every method is a fixed git invocation and returns "nothing known" rather than
/// throwing: git missing, the folder not a repository, a shallow clone that lacks a version. A revision at the
/// shallow boundary is not reported as a file's last change, since git sees every file as added there.
/// Immutable after <see cref="Open"/>; safe to share between threads (each call starts its own process).
/// </remarks>
public sealed class GitHistory
{
    private readonly GitRunner _git;
    private readonly string _top;
    private readonly HashSet<string> _shallowBoundary;
    private readonly string _scope;
    private readonly Lazy<HashSet<string>> _tracked;

    private GitHistory(GitRunner git, string top, HashSet<string> shallowBoundary, string directory)
    {
        _git = git;
        _top = top;
        _shallowBoundary = shallowBoundary;
        _scope = RepositoryPath(directory);
        _tracked = new(TrackedPaths, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>True when the clone is shallow: older versions may be missing.</summary>
    public bool IsShallow => _shallowBoundary.Count > 0;

    /// <summary>The history of the repository holding <paramref name="directory"/>, or null when there is none.</summary>
    public static GitHistory? Open(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory)) return null;
        var git = new GitRunner(directory);
        if (git.RunText("rev-parse", "--show-toplevel") is not { } top || git.RunText("rev-parse", "--verify", "-q", "HEAD") is null) return null;
        var shallow = new HashSet<string>(StringComparer.Ordinal);
        if (git.RunText("rev-parse", "--git-path", "shallow") is { } shallowPath)
        {
            var file = Path.IsPathRooted(shallowPath.Trim()) ? shallowPath.Trim() : Path.Combine(directory, shallowPath.Trim());
            if (File.Exists(file))
            {
                foreach (var line in File.ReadAllLines(file)) if (line.Length > 0) shallow.Add(line.Trim());
            }
        }
        return new GitHistory(new GitRunner(top.Trim()), top.Trim(), shallow, directory);
    }

    /// <summary>The path git uses for <paramref name="fullPath"/>: relative to the repository's top, with '/'.</summary>
    public string RepositoryPath(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var real = ResolveLinks(Path.GetFullPath(fullPath));
        return Path.GetRelativePath(ResolveLinks(_top), real).Replace('\\', '/');
    }

    /// <summary>The commits that changed the file, newest first, following renames, merges included.</summary>
    /// <remarks><c>--follow</c> never lists a merge commit, so a version that exists only in a merge (a conflict
    /// resolved by hand) would be missing and a translation made from it would find no baseline; a second, plain
    /// log of the current path adds those commits.</remarks>
    public IReadOnlyList<FileRevision> RevisionsOf(string fullPath)
    {
        var path = RepositoryPath(fullPath);
        // A file of the opened folder that git does not track has no history: two log calls per such file were seconds
        // of a large untracked site's build (bench/PROFILE.md).
        if (IsInScope(path) && !_tracked.Value.Contains(path)) return [];
        var followed = _git.Run(["log", "--follow", "-z", "--no-ext-diff", "--no-textconv", "--format=%x1e%H%x1f%ct", "--name-only", "--", path]);
        if (followed is null) return [];
        var revisions = ParseLog(followed).Select(r => new FileRevision(r.Commit, r.Paths.Count > 0 ? r.Paths[^1] : path, r.CommittedAt)).ToList();
        var seen = revisions.Select(r => r.Commit).ToHashSet(StringComparer.Ordinal);
        if (_git.Run(["log", "-z", "--no-ext-diff", "--no-textconv", "--format=%x1e%H%x1f%ct", "--", path]) is { } plain)
        {
            revisions.AddRange(ParseLog(plain).Where(r => seen.Add(r.Commit)).Select(r => new FileRevision(r.Commit, path, r.CommittedAt)));
        }
        // Newest first; a stable sort keeps git's order between commits of the same second.
        return [.. revisions.OrderByDescending(r => r.CommittedAt)];
    }

    /// <summary>The date of the last commit that changed each file under <paramref name="directory"/>, by full path.
    /// Files never committed, or last seen at a shallow boundary, are absent.</summary>
    public IReadOnlyDictionary<string, DateOnly> LastChangeDates(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var result = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var revision in ReadLog(RepositoryPath(directory)))
        {
            foreach (var path in revision.Paths)
            {
                // The first (newest) commit naming a file is its last change; at a shallow boundary it is unknown.
                if (!seen.Add(path) || _shallowBoundary.Contains(revision.Commit)) continue;
                var full = Path.GetFullPath(Path.Combine(_top, path));
                result[full] = DateOnly.FromDateTime(revision.CommittedAt.UtcDateTime);
            }
        }
        return result;
    }

    /// <summary>The text of each (commit, path) asked for, or null where that version does not exist (shallow clone).</summary>
    public IReadOnlyList<string?> ReadFiles(IReadOnlyList<(string Commit, string Path)> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count == 0) return [];
        var request = new StringBuilder();
        foreach (var (commit, path) in versions) request.Append(commit).Append(':').Append(path).Append('\n');
        var bytes = _git.Run(["cat-file", "--batch"], Encoding.UTF8.GetBytes(request.ToString()));
        var result = new List<string?>(versions.Count);
        var position = 0;
        for (var i = 0; i < versions.Count; i++)
        {
            if (bytes is null || position >= bytes.Length) { result.Add(null); continue; }
            var lineEnd = Array.IndexOf(bytes, (byte)'\n', position);
            if (lineEnd < 0) { result.Add(null); position = bytes.Length; continue; }
            var header = Encoding.UTF8.GetString(bytes, position, lineEnd - position).Split(' ');
            position = lineEnd + 1;
            if (header.Length == 3 && header[1] == "blob" && int.TryParse(header[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                && position + size <= bytes.Length)
            {
                result.Add(new UTF8Encoding(false, false).GetString(bytes, position, size));
                position += size + 1;
            }
            else
            {
                // "<object> missing", or a tree or submodule where a file was expected: no such version.
                if (header.Length == 3 && int.TryParse(header[2], NumberStyles.None, CultureInfo.InvariantCulture, out var other)) position += other + 1;
                result.Add(null);
            }
        }
        return result;
    }

    /// <summary>The commit <paramref name="reference"/> names, or null when it names none here.</summary>
    public string? ResolveCommit(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        // "--end-of-options" keeps a reference starting with '-' from being read as an option.
        return _git.RunText("rev-parse", "--verify", "-q", "--end-of-options", reference + "^{commit}")?.Trim() is { Length: > 0 } commit ? commit : null;
    }

    private bool IsInScope(string path) =>
        _scope == "." || path.StartsWith(_scope + "/", StringComparison.Ordinal);

    /// <summary>Every path of the opened folder that git tracks. A file it does not track is given no history, even one
    /// deleted from the index and made again with the same name: listing the names every commit gave would walk the
    /// whole history, a second or more in a large repository, for a folder git may never have seen.</summary>
    private HashSet<string> TrackedPaths()
    {
        var tracked = new HashSet<string>(StringComparer.Ordinal);
        if (_git.Run(["ls-files", "-z", "--full-name", "--", _scope]) is { } listed)
        {
            foreach (var path in Encoding.UTF8.GetString(listed).Split('\0', StringSplitOptions.RemoveEmptyEntries)) tracked.Add(path);
        }
        return tracked;
    }

    /// <summary>The commits that changed anything under <paramref name="scope"/>, newest first, with the paths each names.</summary>
    private IReadOnlyList<(string Commit, DateTimeOffset CommittedAt, List<string> Paths)> ReadLog(string scope) =>
        _git.Run(["log", "-z", "--no-renames", "--no-ext-diff", "--format=%x1e%H%x1f%ct", "--name-only", "--", scope]) is { } bytes
            ? [.. ParseLog(bytes)]
            : [];

    private static string ResolveLinks(string path)
    {
        try
        {
            var info = new DirectoryInfo(path);
            if (info.Exists && info.ResolveLinkTarget(true) is { } target) return target.FullName;
            var parent = Path.GetDirectoryName(path);
            return parent is null ? path : Path.Combine(ResolveLinks(parent), Path.GetFileName(path));
        }
        catch (IOException)
        {
            return path;
        }
    }

    private static IEnumerable<(string Commit, DateTimeOffset CommittedAt, List<string> Paths)> ParseLog(byte[] bytes)
    {
        foreach (var record in Encoding.UTF8.GetString(bytes).Split('\x1e', StringSplitOptions.RemoveEmptyEntries))
        {
            var headerEnd = record.IndexOf('\0', StringComparison.Ordinal);
            var header = (headerEnd < 0 ? record : record[..headerEnd]).Split('\x1f');
            if (header.Length != 2 || !long.TryParse(header[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) continue;
            var paths = headerEnd < 0 ? [] : record[(headerEnd + 1)..].Split('\0').Select(p => p.TrimStart('\n')).Where(p => p.Length > 0).ToList();
            yield return (header[0], DateTimeOffset.FromUnixTimeSeconds(seconds), paths);
        }
    }
}
