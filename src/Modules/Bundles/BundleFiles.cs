namespace StatiqGuides.Modules.Bundles;

/// <summary>The files of a built bundle folder, as '/'-separated relative paths in ordinal order: the order of the
/// manifest and of the zip's entries, so both are the same on every machine.</summary>
public static class BundleFiles
{
    public static IReadOnlyList<string> List(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
