namespace StatiqGuides.Modules.Templates;

/// <summary>One file of the theme as a build reads it: the site's own, or the built-in one the site does not override.</summary>
/// <param name="RelativePath">The path inside the theme, with '/' separators: <c>layouts/base.liquid</c>.</param>
/// <param name="DisplayPath">How diagnostics name it: the site's file (<c>theme/layouts/base.liquid</c>), or
/// <c>theme/layouts/base.liquid (built-in)</c> (<see cref="BuiltInTheme.DisplayPath"/>).</param>
/// <param name="FullPath">The site's file on disk; null for a built-in file.</param>
public sealed record ThemeFile(string RelativePath, string DisplayPath, string? FullPath)
{
    public bool IsBuiltIn => FullPath is null;
}
