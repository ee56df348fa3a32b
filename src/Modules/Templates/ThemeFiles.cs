using System.Collections.Immutable;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.Templates;

/// <summary>The theme a build uses: the built-in theme with the site's theme folder (<c>--theme</c>, which need not exist)
/// laid over it file by file. A site may replace one layout, partial or asset and keep every other built-in file.</summary>
/// <remarks>Immutable; the folder is read when asked, so one instance serves one build. Site files are read through
/// <see cref="Containment"/> as every input is.</remarks>
public sealed class ThemeFiles
{
    private readonly BuildOptions _options;
    private readonly Containment _containment;
    // False for a theme folder that SourceRoots refuses (reported by ReadSettings): the built-in theme is then used alone.
    private readonly bool _readable;

    public ThemeFiles(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _containment = Containment.For(options);
        _readable = SourceRoots.Allowed(options.ThemeDirectory, options);
    }

    private string Root => _options.ThemeDirectory;

    /// <summary>The file at this path: the site's when it has one, else the built-in one, else null.</summary>
    public ThemeFile? Find(string relativePath) => Layers(relativePath) is { Count: > 0 } layers ? layers[^1] : null;

    /// <summary>The built-in file and the site's file at this path, those that exist, built-in first: UI strings and
    /// country names are laid over one another key by key.</summary>
    public IReadOnlyList<ThemeFile> Layers(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var layers = new List<ThemeFile>(2);
        if (BuiltInTheme.Files.ContainsKey(relativePath)) layers.Add(BuiltIn(relativePath));
        var full = Path.Combine(Root, relativePath);
        if (_readable && File.Exists(full)) layers.Add(Site(full));
        return layers;
    }

    /// <summary>The files directly in <paramref name="folder"/> whose name ends with <paramref name="extension"/>
    /// (<c>layouts</c>, <c>.liquid</c>), the site's replacing the built-in ones of the same name, ordered by path.</summary>
    public IReadOnlyList<ThemeFile> In(string folder, string extension)
    {
        var files = BuiltInIn(folder, recursive: false).Where(p => p.EndsWith(extension, StringComparison.Ordinal))
            .ToDictionary(p => p, BuiltIn, StringComparer.Ordinal);
        var siteFolder = Path.Combine(Root, folder);
        if (_readable && Directory.Exists(siteFolder))
        {
            foreach (var path in Directory.EnumerateFiles(siteFolder, "*" + extension))
            {
                var file = Site(path);
                files[file.RelativePath] = file;
            }
        }
        return [.. files.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>Every file under <paramref name="folder"/>, subfolders included (<c>assets</c>), merged as <see cref="In"/>
    /// merges. A site link that leads outside the input and theme is reported (SG0008) and left out.</summary>
    public IReadOnlyList<ThemeFile> Under(string folder, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var files = BuiltInIn(folder, recursive: true).ToDictionary(p => p, BuiltIn, StringComparer.Ordinal);
        var siteFolder = Path.Combine(Root, folder);
        if (_readable && Directory.Exists(siteFolder))
        {
            foreach (var path in InputFiles.Under(siteFolder, "*", _containment, link => diagnostics.Report(
                DiagnosticCodes.LinkOutsideRoots, SourceLocation.StartOf(_options.DisplayPath(link)), _options.DisplayPath(link))))
            {
                var file = Site(path);
                files[file.RelativePath] = file;
            }
        }
        return [.. files.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>Where the site's file of this path is or would go, as diagnostics name it: a missing UI string is
    /// reported where the user adds it.</summary>
    public string SitePath(string relativePath) => _options.DisplayPath(Path.Combine(Root, relativePath));

    /// <summary>The file's text (no BOM, '\n' line endings), or null when it cannot be read (reported).</summary>
    public string? ReadText(ThemeFile file, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.FullPath is { } full
            ? TextDecoding.ReadFile(full, file.DisplayPath, diagnostics, _containment)
            : TextDecoding.DecodeUtf8(BuiltInTheme.Files[file.RelativePath].AsSpan(), file.DisplayPath, diagnostics);
    }

    /// <summary>The file's YAML tree, or null when it cannot be read or parsed (reported). A built-in file is parsed
    /// once for the process (<see cref="BuiltInYaml"/>).</summary>
    public YamlValue? ReadYaml(ThemeFile file, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.FullPath is null) return BuiltInYaml.Read(file.RelativePath, diagnostics);
        return ReadText(file, diagnostics) is { } text ? YamlReader.Read(text, file.DisplayPath, 0, diagnostics) : null;
    }

    /// <summary>The file's bytes as they are, for an asset copied to the output.</summary>
    public static ImmutableArray<byte> ReadBytes(ThemeFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.FullPath is { } full ? [.. File.ReadAllBytes(full)] : BuiltInTheme.Files[file.RelativePath];
    }

    private static IEnumerable<string> BuiltInIn(string folder, bool recursive) => BuiltInTheme.Files.Keys
        .Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal) && (recursive || p.IndexOf('/', folder.Length + 1) < 0));

    private static ThemeFile BuiltIn(string relativePath) => new(relativePath, BuiltInTheme.DisplayPath(relativePath), null);

    private ThemeFile Site(string fullPath) =>
        new(Path.GetRelativePath(Root, fullPath).Replace('\\', '/'), _options.DisplayPath(fullPath), fullPath);
}
