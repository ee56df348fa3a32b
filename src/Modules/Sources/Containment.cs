using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Sources;

/// <summary>Keeps every read inside the input and theme folders: a path is resolved, symbolic links included, and used
/// only when where it really leads is inside one of them. Callers read the resolved path, so what was checked is what is
/// read (a link that a later <c>..</c> steps out of cannot lead elsewhere).</summary>
/// <remarks>Immutable; the roots are resolved once. A pull request can add a link to <c>/etc/passwd</c> or
/// <c>/proc/self/environ</c> (which holds the CI's secrets); this is what keeps it from being published.</remarks>
public sealed class Containment
{
    private const int MaxLinks = 40;

    private readonly string[] _roots;
    // Each root as given, without a trailing separator, and its real path (null for a loop of links), by position.
    private readonly string[] _given;
    private readonly string?[] _resolved;

    public Containment(params string[] roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        string[] full = [.. roots.Select(Path.GetFullPath)];
        _resolved = [.. full.Select(RealPath)];
        _roots = [.. full.Select((r, i) => _resolved[i] ?? r)];
        _given = [.. full.Select(r => r.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))];
    }

    /// <summary>The input and theme folders of <paramref name="options"/>, less those <see cref="SourceRoots"/> refuses:
    /// nothing under a refused folder is read, whichever step asks.</summary>
    public static Containment For(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Containment([.. new[] { options.InputDirectory, options.ThemeDirectory }.Where(root => SourceRoots.Allowed(root, options))]);
    }

    /// <returns>The real path of <paramref name="path"/> when it lies inside a root, else null (outside, or a link loop).</returns>
    /// <remarks>A path written under a root is resolved from the root's real path: the folders above a root are not the
    /// pull request's to change, and were resolved once, so only the parts inside the root are looked at again (two
    /// thirds of a build's <c>readlink</c> calls were the same folders above the input, for every file).</remarks>
    public string? Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var real = Start(full) is var (given, root) ? Walk(full[given.Length..], root) : RealPath(full);
        return real is not null && _roots.Any(r => IsInside(real, r)) ? real : null;
    }

    /// <summary>The deepest root <paramref name="full"/> is written under, as given and as resolved; null when it is under
    /// none, or only under one that could not be resolved (a loop of links), which is then walked as any path.</summary>
    private (string Given, string Real)? Start(string full)
    {
        (string, string)? best = null;
        for (var i = 0; i < _given.Length; i++)
        {
            var given = _given[i];
            if (_resolved[i] is not { } real || given.Length == 0 || !IsInside(full, given) || (best is var (b, _) && b.Length >= given.Length)) continue;
            best = (given, real);
        }
        return best;
    }

    public bool Contains(string path) => Resolve(path) is not null;

    /// <summary>Whether <paramref name="path"/> is itself a symbolic link (not whether a folder above it is).</summary>
    public static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static bool IsInside(string path, string root)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(root);
        var trimmed = root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return path.Equals(trimmed, StringComparison.Ordinal)
            || (path.StartsWith(trimmed, StringComparison.Ordinal) && path.Length > trimmed.Length
                && (path[trimmed.Length] == Path.DirectorySeparatorChar || path[trimmed.Length] == Path.AltDirectorySeparatorChar || trimmed.Length == Path.GetPathRoot(trimmed)?.Length));
    }

    /// <summary>The path with every symbolic link of every folder on the way replaced by where it leads; the parts that do
    /// not exist are kept as written. Null for a loop of links.</summary>
    public static string? RealPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        return Walk(full[root.Length..], root);
    }

    /// <summary>Resolves <paramref name="relative"/>'s parts one by one from <paramref name="start"/>, a real path.</summary>
    private static string? Walk(string relative, string start)
    {
        var root = Path.GetPathRoot(start) is { Length: > 0 } startRoot ? startRoot : "/";
        var pending = new Stack<string>(relative.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = start;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }
            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                target = null;
            }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            // The link's target replaces it; its own parts are resolved in turn, from the root or from the link's folder.
            var absolute = Path.IsPathRooted(target);
            foreach (var piece in target.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse()) pending.Push(piece);
            if (absolute) current = Path.GetPathRoot(target) is { Length: > 0 } targetRoot ? targetRoot : root;
        }
        return current;
    }

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];
}
