using StatiqGuides.Modules.Markdown.Links;

namespace StatiqGuides.Tests.Testing;

/// <summary>An input folder that is a list of paths: link resolution without a disk.</summary>
public sealed class InMemoryInputFiles(string root, IEnumerable<string> relativePaths) : IInputFiles
{
    private readonly HashSet<string> _files = [.. relativePaths.Select(p => Path.GetFullPath(Path.Combine(root, p)))];

    public string Root { get; } = Path.GetFullPath(root);

    public bool Exists(string fullPath) => _files.Contains(fullPath);
}
