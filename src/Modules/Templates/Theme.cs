using System.Collections.Immutable;
using Fluid;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Templates;

/// <summary>The loaded theme: its parsed layouts and partials (<see cref="ThemeTemplates"/>), template options, UI strings,
/// country names and asset files.</summary>
/// <remarks>Built once per build by <see cref="LoadTheme"/>; immutable afterwards and shared by all threads
/// (Fluid templates and options are thread-safe; a TemplateContext is created per render). Its
/// <see cref="CacheIdentity"/> is the stamp of the files it was loaded from and the settings it was loaded for, since
/// parsed templates cannot be hashed.</remarks>
public sealed class Theme(
    string identity,
    TemplateOptions options,
    ThemeTemplates templates,
    UiStrings strings,
    CountryNames countries,
    IReadOnlyList<ThemeAsset> assets)
    : Core.Caching.ICacheIdentity
{
    public string CacheIdentity { get; } = identity;

    /// <summary>The text of every layout and partial, to place render errors at their own line.</summary>
    public IReadOnlyList<TemplateSource> Sources => templates.Sources;

    public TemplateOptions Options { get; } = options;

    public IReadOnlyDictionary<string, IFluidTemplate> Layouts => templates.Layouts;

    /// <summary>Display path of each layout, for diagnostics.</summary>
    public IReadOnlyDictionary<string, string> LayoutPaths => templates.LayoutPaths;

    public UiStrings Strings { get; } = strings;

    public CountryNames Countries { get; } = countries;

    public IReadOnlyList<ThemeAsset> Assets { get; } = assets;

    /// <summary>Each theme asset's path as the theme names it (<c>assets/css/site.css</c>) → its fingerprinted output path.</summary>
    public IReadOnlyDictionary<string, string> AssetPaths { get; } =
        assets.ToDictionary(a => a.LogicalPath, a => a.OutputPath, StringComparer.Ordinal);
}

/// <summary>A file of theme/assets/, copied to the site's assets/ folder under a name that carries a hash of its bytes.</summary>
/// <param name="LogicalPath">The path as the theme names it: <c>assets/css/site.css</c>.</param>
/// <param name="OutputPath">Where it is written: <c>assets/css/site.1a2b3c4d.css</c>.</param>
/// <param name="DisplayPath">How messages name the theme's file (<see cref="ThemeFile.DisplayPath"/>).</param>
/// <param name="FullPath">The site's file, copied as it is; null for a built-in asset, written from <paramref name="BuiltIn"/>.</param>
public sealed record ThemeAsset(string LogicalPath, string OutputPath, string DisplayPath, string? FullPath, ImmutableArray<byte> BuiltIn)
{
    public OutputFile ToOutput() => FullPath is { } path ? OutputFile.Copy(OutputPath, path) : OutputFile.FromBytes(OutputPath, BuiltIn);
}
