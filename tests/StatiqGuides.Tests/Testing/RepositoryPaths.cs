namespace StatiqGuides.Tests.Testing;

/// <summary>Folders of the source tree, found by walking up from the test binaries to the folder that holds
/// StatiqGuides.csproj, so tests read input/, theme/ and golden cases from the sources, never from bin/.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    public static string Golden => Path.Combine(Root, "tests", "StatiqGuides.Tests", "Golden");

    /// <summary>The built tool, copied next to the test assembly by the project reference.</summary>
    public static string ToolAssembly => Path.Combine(AppContext.BaseDirectory, "StatiqGuides.Tool.dll");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StatiqGuides.csproj")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No folder above '{AppContext.BaseDirectory}' holds StatiqGuides.csproj.");
    }
}
