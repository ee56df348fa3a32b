using StatiqGuides.Modules.Sources;

namespace StatiqGuides.Modules.Markdown.Links;

/// <summary>The input folder on disk. A path outside it, as written, is never looked at.</summary>
/// <remarks>A symbolic link inside the folder counts as the file it names: links are resolved by path, and whether the
/// file may be published is decided where it is copied (<c>CollectAssets</c> reports SG0008 for a link that leads out,
/// with the <see cref="Containment"/> rules), so that a file that leaks is reported once, as itself, however many pages link to it.</remarks>
public sealed class DiskInputFiles(string root) : IInputFiles
{
    public string Root { get; } = Path.GetFullPath(root);

    public bool Exists(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        return Containment.IsInside(fullPath, Root) && File.Exists(fullPath);
    }
}
