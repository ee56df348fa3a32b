using System.Collections.Frozen;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.Templates;

/// <summary>The built-in theme's YAML files (UI strings, country names), each parsed once for the process with what
/// parsing it reported.</summary>
/// <remarks>The built-in bytes never change (<see cref="BuiltInTheme"/>), so neither does their tree: a host that builds
/// many sites, or a session that reloads its theme, does not parse the same 16 KB of country names each time.</remarks>
public static class BuiltInYaml
{
    private static readonly Lazy<FrozenDictionary<string, Lazy<Parsed>>> LazyFiles = new(() => BuiltInTheme.Files.Keys
        .Where(path => path.EndsWith(".yml", StringComparison.Ordinal))
        .ToFrozenDictionary(path => path, path => new Lazy<Parsed>(() => Parse(path)), StringComparer.Ordinal));

    /// <summary>The root of the built-in file at this path (<c>i18n/en.yml</c>), its diagnostics reported again to
    /// <paramref name="diagnostics"/>; null when it does not parse.</summary>
    public static YamlValue? Read(string relativePath, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var parsed = LazyFiles.Value[relativePath].Value;
        foreach (var diagnostic in parsed.Diagnostics) diagnostics.Report(diagnostic);
        return parsed.Root;
    }

    private static Parsed Parse(string relativePath)
    {
        var diagnostics = new DiagnosticBag();
        var displayPath = BuiltInTheme.DisplayPath(relativePath);
        var root = TextDecoding.DecodeUtf8(BuiltInTheme.Files[relativePath].AsSpan(), displayPath, diagnostics) is { } text
            ? YamlReader.Read(text, displayPath, 0, diagnostics)
            : null;
        return new Parsed(root, diagnostics.ToSortedList());
    }

    private sealed record Parsed(YamlValue? Root, IReadOnlyList<Diagnostic> Diagnostics);
}
