using StatiqGuides.Modules.Sources;

namespace StatiqGuides.Modules.Templates;

/// <summary>Every file of the theme folder with its size and time: what the loaded theme is keyed by in a build session,
/// so the theme is parsed again only when one of its files changed.</summary>
public sealed record ThemeStamp(IReadOnlyList<string> Files)
{
    public static ThemeStamp Of(string root) => new(!Directory.Exists(root)
        ? []
        : [.. InputFiles.Found(root, "*", null, null).OrderBy(file => file.Path, StringComparer.Ordinal).Select(file => $"{file.Path}|{file.Stamp}")]);
}
