using Fluid;

namespace StatiqGuides.Modules.Templates;

/// <summary>The theme's layouts and partials, read and parsed (<see cref="ParseTemplates"/>): what <see cref="LoadTheme"/>
/// makes the loaded theme from with the site's settings.</summary>
/// <remarks>Parsed before the settings are read, since no template depends on them: Fluid's grammar is built and its
/// parsers compiled while the settings and the content are still being read. Its <see cref="CacheIdentity"/> is the
/// stamp of the files and the strictness they were parsed with, since parsed templates cannot be hashed.</remarks>
public sealed class ThemeTemplates(
    string identity,
    ThemeStamp stamp,
    IReadOnlyDictionary<string, IFluidTemplate> layouts,
    IReadOnlyDictionary<string, string> layoutPaths,
    IReadOnlyDictionary<string, string> partials,
    IReadOnlyList<TemplateSource> sources)
    : Core.Caching.ICacheIdentity
{
    public string CacheIdentity { get; } = identity;

    /// <summary>The theme folder's files as they were when these templates were read.</summary>
    public ThemeStamp Stamp { get; } = stamp;

    /// <summary>Each layout that parsed and includes no broken partial, by name.</summary>
    public IReadOnlyDictionary<string, IFluidTemplate> Layouts { get; } = layouts;

    /// <summary>Display path of each layout, for diagnostics.</summary>
    public IReadOnlyDictionary<string, string> LayoutPaths { get; } = layoutPaths;

    /// <summary>Each partial's text by the file name Fluid's include tag asks for (<c>header.liquid</c>).</summary>
    public IReadOnlyDictionary<string, string> Partials { get; } = partials;

    /// <summary>The text of every layout and partial, to place render errors at their own line.</summary>
    public IReadOnlyList<TemplateSource> Sources { get; } = sources;
}
