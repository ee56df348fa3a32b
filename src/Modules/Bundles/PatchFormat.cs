namespace StatiqGuides.Modules.Bundles;

/// <summary>The layout of a patch zip (docs/offline-editions.md): one top-level folder holding <c>patch.json</c>
/// (which edition it goes from and to, and the removed files), <c>removed.txt</c> (the same list, one path a line,
/// for a reader without the tool) and <c>files/</c>, every changed or added file at its path in the bundle, the new
/// <c>manifest.json</c> included.</summary>
public static class PatchFormat
{
    public const string Version = "statiqguides-patch/1";

    public const string Description = "patch.json";

    public const string RemovedList = "removed.txt";

    public const string FilesFolder = "files/";

    public static string TopFolder(string name, string? toEdition) => $"statiqguides-{name}-{toEdition ?? "undated"}-patch";
}
