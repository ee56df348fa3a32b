using Fluid;

namespace StatiqGuides.Modules.Templates;

/// <summary>The loaded theme: parsed layouts, template options, UI strings, country names and asset files.</summary>
/// <remarks>Built once per build by <see cref="LoadTheme"/>; immutable afterwards and shared by all threads
/// (Fluid templates and options are thread-safe; a TemplateContext is created per render).</remarks>
public sealed class Theme(
    TemplateOptions options,
    IReadOnlyDictionary<string, IFluidTemplate> layouts,
    IReadOnlyDictionary<string, string> layoutPaths,
    UiStrings strings,
    CountryNames countries,
    IReadOnlyList<ThemeAsset> assets)
{
    public TemplateOptions Options { get; } = options;

    public IReadOnlyDictionary<string, IFluidTemplate> Layouts { get; } = layouts;

    /// <summary>Display path of each layout, for diagnostics.</summary>
    public IReadOnlyDictionary<string, string> LayoutPaths { get; } = layoutPaths;

    public UiStrings Strings { get; } = strings;

    public CountryNames Countries { get; } = countries;

    public IReadOnlyList<ThemeAsset> Assets { get; } = assets;
}

/// <summary>A file of theme/assets/, copied to the site's assets/ folder.</summary>
public sealed record ThemeAsset(string FullPath, string OutputPath);
