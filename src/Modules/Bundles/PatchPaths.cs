namespace StatiqGuides.Modules.Bundles;

/// <summary>Which paths a patch may name: '/'-separated, relative, of plain segments (no '..', '.', empty segment,
/// backslash, drive colon or control character), landing inside the folder and below no symbolic link. A hostile
/// patch must not write outside the folder it is applied to.</summary>
public static class PatchPaths
{
    /// <summary>The full path of <paramref name="relative"/> in <paramref name="root"/>, or null when it is not allowed.</summary>
    public static string? Resolve(string root, string relative)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (string.IsNullOrEmpty(relative) || relative.Length > 1024 || relative.StartsWith('/')) return null;
        var segments = relative.Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == ".." || s.Any(c => c == '\\' || c == ':' || char.IsControl(c))))
        {
            return null;
        }
        var full = Path.GetFullPath(Path.Combine([root, .. segments]));
        var prefix = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal)) return null;
        // A link inside the folder could point anywhere: no segment on the way may be one.
        var walked = prefix.TrimEnd(Path.DirectorySeparatorChar);
        foreach (var segment in segments)
        {
            walked = Path.Combine(walked, segment);
            var info = new FileInfo(walked);
            if (info.Exists ? info.LinkTarget is not null : Directory.Exists(walked) && new DirectoryInfo(walked).LinkTarget is not null)
            {
                return null;
            }
        }
        return full;
    }
}
