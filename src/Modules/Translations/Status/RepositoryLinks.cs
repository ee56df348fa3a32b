namespace StatiqGuides.Modules.Translations.Status;

/// <summary>Links to a file on the repository host (site.yml's <c>repository</c>), GitHub style: the input folder's
/// parent is the repository's root, and the branch is <c>main</c>.</summary>
public sealed class RepositoryLinks(string? repository, string inputDirectory)
{
    private readonly string _root = Path.GetDirectoryName(Path.GetFullPath(inputDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? inputDirectory;

    /// <summary>Whether links can be made: site.yml names a repository.</summary>
    public bool Exist => !string.IsNullOrEmpty(repository);

    /// <summary>The file's path in the repository, with '/': <c>input/guides/websites/x.md</c>.</summary>
    public string PathOf(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        return Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
    }

    /// <summary>The page that edits the file, or null without a repository.</summary>
    public string? Edit(string fullPath) => Link("edit", fullPath);

    /// <summary>The list of commits that changed the file, or null without a repository.</summary>
    public string? History(string fullPath) => Link("commits", fullPath);

    private string? Link(string action, string fullPath) => Exist
        ? $"{repository!.TrimEnd('/')}/{action}/main/{string.Join('/', PathOf(fullPath).Split('/').Select(Uri.EscapeDataString))}"
        : null;
}
