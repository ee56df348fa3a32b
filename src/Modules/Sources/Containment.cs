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

    public Containment(params string[] roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        _roots = [.. roots.Select(r => RealPath(r) ?? Path.GetFullPath(r))];
    }

    public static Containment For(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Containment(options.InputDirectory, options.ThemeDirectory);
    }

    /// <returns>The real path of <paramref name="path"/> when it lies inside a root, else null (outside, or a link loop).</returns>
    public string? Resolve(string path)
    {
        var real = RealPath(path);
        return real is not null && _roots.Any(root => IsInside(real, root)) ? real : null;
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
        var pending = new Stack<string>(full[root.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = root;
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
