using System.Collections.Immutable;
using System.Security.Cryptography;

namespace StatiqGuides.Modules.Templates;

/// <summary>Names a theme asset after its content (<c>site.css</c> → <c>site.1a2b3c4d.css</c>), so that a changed file gets
/// a new URL and hosts may cache <c>/assets/css/*</c> and <c>/assets/js/*</c> for ever.</summary>
public static class AssetFingerprint
{
    public const int HashLength = 8;

    /// <summary>The asset of a file on disk.</summary>
    public static ThemeAsset Of(string fullPath, string logicalPath) => Of([.. File.ReadAllBytes(fullPath)], logicalPath, fullPath, fullPath);

    /// <summary>The asset of a theme file: the site's (<paramref name="fullPath"/>, copied) or a built-in one (null).</summary>
    public static ThemeAsset Of(ImmutableArray<byte> bytes, string logicalPath, string displayPath, string? fullPath)
    {
        ArgumentNullException.ThrowIfNull(logicalPath);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan()))[..HashLength];
        return new ThemeAsset(logicalPath, Insert(logicalPath, hash), displayPath, fullPath, fullPath is null ? bytes : default);
    }

    /// <summary>The hash goes before the last extension, so servers still pick the content type from it.</summary>
    public static string Insert(string path, string hash)
    {
        ArgumentNullException.ThrowIfNull(path);
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash + 1 ? $"{path[..dot]}.{hash}{path[dot..]}" : $"{path}.{hash}";
    }
}
