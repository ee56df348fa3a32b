using System.Collections.Immutable;
using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace StatiqGuides.Modules.Templates;

/// <summary>The theme the library carries: the repository's theme/ folder, embedded at build time under its relative path
/// (<c>theme/layouts/base.liquid</c>). A site's own theme folder overrides it file by file (<see cref="ThemeFiles"/>).</summary>
/// <remarks>The bytes are read from the assembly once and never change: one array per file for the process, so a
/// rebuild in <c>serve</c> hands out the same bytes and sees that the built-in assets did not change.</remarks>
public static class BuiltInTheme
{
    private const string Prefix = "theme/";

    private static readonly Lazy<FrozenDictionary<string, ImmutableArray<byte>>> LazyFiles = new(Load);

    /// <summary>Path inside the theme ('/' separators, <c>layouts/base.liquid</c>) → the file's bytes.</summary>
    public static IReadOnlyDictionary<string, ImmutableArray<byte>> Files => LazyFiles.Value;

    /// <summary>How diagnostics and messages name a built-in file: not a file the user has, so marked as the tool's.</summary>
    public static string DisplayPath(string relativePath) => $"{Prefix}{relativePath} (built-in)";

    private static FrozenDictionary<string, ImmutableArray<byte>> Load()
    {
        var assembly = typeof(BuiltInTheme).Assembly;
        var files = new Dictionary<string, ImmutableArray<byte>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // MSBuild writes the folder part with the build machine's separator.
            var path = name.Replace('\\', '/');
            if (!path.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            files[path[Prefix.Length..]] = ImmutableCollectionsMarshal.AsImmutableArray(bytes.ToArray());
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
