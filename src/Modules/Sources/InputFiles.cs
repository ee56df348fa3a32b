namespace StatiqGuides.Modules.Sources;

/// <summary>Lists the files under a folder of the input or theme, in every subfolder, without following links to folders:
/// a link back to a parent (<c>loop -> ..</c>) would otherwise list the same files again and again until paths grow too
/// long, and a link to <c>/</c> would list the build machine. Folders that cannot be read are skipped.</summary>
/// <remarks>Given a <see cref="Containment"/>, a linked file is listed only when it leads inside the input or theme; a
/// link that leads outside (a file or a folder) is handed to <c>outside</c>, to be reported where it is.</remarks>
public static class InputFiles
{
    public static IEnumerable<string> Under(string folder, string pattern = "*") => Under(folder, pattern, null, null);

    public static IEnumerable<string> Under(string folder, string pattern, Containment? containment, Action<string>? outside)
    {
        var oneLevel = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = true,
            AttributesToSkip = 0,
            MatchCasing = MatchCasing.PlatformDefault,
        };
        var pending = new Stack<string>();
        if (containment is not null && !containment.Contains(folder))
        {
            outside?.Invoke(folder);
            yield break;
        }
        pending.Push(folder);
        while (pending.TryPop(out var current))
        {
            foreach (var file in Directory.EnumerateFiles(current, pattern, oneLevel))
            {
                if (containment is not null && Containment.IsLink(file) && !containment.Contains(file))
                {
                    outside?.Invoke(file);
                    continue;
                }
                yield return file;
            }
            foreach (var child in Directory.EnumerateDirectories(current, "*", oneLevel).Order(StringComparer.Ordinal).Reverse())
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
}
