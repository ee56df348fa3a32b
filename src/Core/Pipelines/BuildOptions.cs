namespace StatiqGuides.Core.Pipelines;

/// <summary>What the user asked for: folders and switches. Immutable.</summary>
/// <param name="InputDirectory">Absolute path of the input folder.</param>
/// <param name="ThemeDirectory">Absolute path of the theme folder.</param>
/// <param name="OutputDirectory">Absolute path of the output folder.</param>
/// <param name="DisplayRoot">Folder that diagnostics' paths are relative to (the current directory).</param>
/// <param name="BaseUrl">Overrides site.yml's base_url when set.</param>
/// <param name="IncludeDrafts">Builds pages marked <c>draft: true</c>.</param>
/// <param name="StrictTemplates">Unknown template variables and filters are errors.</param>
public sealed record BuildOptions(
    string InputDirectory,
    string ThemeDirectory,
    string OutputDirectory,
    string DisplayRoot,
    string? BaseUrl = null,
    bool IncludeDrafts = false,
    bool StrictTemplates = true)
{
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Set when building an offline bundle; null for the site served online.</summary>
    public OfflineEdition? Offline { get; init; }

    /// <summary>Whether pages in <paramref name="language"/> are part of this build's output.</summary>
    public bool Carries(string language) => Offline?.Carries(language) ?? true;

    /// <summary>The path shown to users for a file: relative to <see cref="DisplayRoot"/>, with '/' separators.</summary>
    public string DisplayPath(string fullPath) =>
        Path.GetRelativePath(DisplayRoot, fullPath).Replace('\\', '/');
}
