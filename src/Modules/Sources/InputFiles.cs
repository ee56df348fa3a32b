namespace StatiqGuides.Modules.Sources;

/// <summary>Lists the files under a folder of the input or theme, in every subfolder, without following links to folders:
/// a link back to a parent (<c>loop -> ..</c>) would otherwise list the same files again and again until paths grow too
/// long. Linked files are listed; folders that cannot be read are skipped.</summary>
public static class InputFiles
{
    public static IEnumerable<string> Under(string folder, string pattern = "*")
    {
        var oneLevel = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = true,
            AttributesToSkip = 0,
            MatchCasing = MatchCasing.PlatformDefault,
        };
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.TryPop(out var current))
        {
            foreach (var file in Directory.EnumerateFiles(current, pattern, oneLevel))
            {
                yield return file;
            }
            foreach (var child in Directory.EnumerateDirectories(current, "*", oneLevel).Order(StringComparer.Ordinal).Reverse())
            {
                if (new DirectoryInfo(child).LinkTarget is null) pending.Push(child);
            }
        }
    }
}
