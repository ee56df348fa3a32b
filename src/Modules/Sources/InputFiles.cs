using System.IO.Enumeration;

namespace StatiqGuides.Modules.Sources;

/// <summary>Lists the files under a folder of the input or theme, in every subfolder, without following links to folders:
/// a link back to a parent (<c>loop -> ..</c>) would otherwise list the same files again and again until paths grow too
/// long, and a link to <c>/</c> would list the build machine. Folders that cannot be read are skipped.</summary>
/// <remarks>Given a <see cref="Containment"/>, a linked file is listed only when it leads inside the input or theme; a
/// link that leads outside (a file or a folder) is handed to <c>outside</c>, to be reported where it is.</remarks>
public static class InputFiles
{
    public static IEnumerable<string> Under(string folder, string pattern = "*") => Under(folder, pattern, null, null);

    public static IEnumerable<string> Under(string folder, string pattern, Containment? containment, Action<string>? outside) =>
        Found(folder, pattern, containment, outside).Select(file => file.Path);

    /// <summary>The files <see cref="Under(string, string, Containment?, Action{string}?)"/> lists, each with its stamp, read
    /// with the folder's listing: one status call per file tells both whether it is a link and its size and time.</summary>
    public static IEnumerable<FoundFile> Found(string folder, string pattern, Containment? containment, Action<string>? outside)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(pattern);
        var pending = new Stack<string>();
        if (containment is not null && !containment.Contains(folder))
        {
            outside?.Invoke(folder);
            yield break;
        }
        pending.Push(folder);
        while (pending.TryPop(out var current))
        {
            foreach (var file in In(current, pattern))
            {
                if (containment is not null && file.IsLink && !containment.Contains(file.Path))
                {
                    outside?.Invoke(file.Path);
                    continue;
                }
                yield return file;
            }
            foreach (var child in Directory.EnumerateDirectories(current, "*", OneLevel).Order(StringComparer.Ordinal).Reverse())
            {
                if (new DirectoryInfo(child).LinkTarget is null)
                {
                    pending.Push(child);
                }
                else if (containment is not null && !containment.Contains(child))
                {
                    outside?.Invoke(child);
                }
            }
        }
    }

    /// <summary>The files of one folder whose names match <paramref name="pattern"/> (as <see cref="Directory.EnumerateFiles(string, string)"/>
    /// matches them), links to files included, links to folders not.</summary>
    public static IEnumerable<FoundFile> In(string folder, string pattern) =>
        new FileSystemEnumerable<FoundFile>(folder, Describe, OneLevel)
        {
            // Cased as the platform's default (MatchCasing.PlatformDefault): the file systems of Windows and macOS ignore case.
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory
                && FileSystemName.MatchesSimpleExpression(pattern, entry.FileName, ignoreCase: OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()),
        };

    private static FoundFile Describe(ref FileSystemEntry entry)
    {
        var path = entry.ToFullPath();
        try
        {
            var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
            return new FoundFile(path, isLink, new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcTicks));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Gone or unreadable since the folder was listed: counted as a link, so that it is resolved before it is
            // trusted, and reading it reports what is wrong.
            return new FoundFile(path, true, default);
        }
    }

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
        MatchCasing = MatchCasing.PlatformDefault,
    };
}

/// <summary>A file listed in a folder: its full path, whether it is a link, and its stamp (of the file a link leads to).</summary>
public readonly record struct FoundFile(string Path, bool IsLink, FileStamp Stamp);
