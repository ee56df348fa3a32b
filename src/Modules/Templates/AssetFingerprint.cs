using System.Security.Cryptography;

namespace StatiqGuides.Modules.Templates;

/// <summary>Names a theme asset after its content (<c>site.css</c> → <c>site.1a2b3c4d.css</c>), so that a changed file gets
/// a new URL and hosts may cache <c>/assets/css/*</c> and <c>/assets/js/*</c> for ever.</summary>
public static class AssetFingerprint
{
    public const int HashLength = 8;

    public static ThemeAsset Of(string fullPath, string logicalPath)
    {
        ArgumentNullException.ThrowIfNull(logicalPath);
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(fullPath)))[..HashLength];
        return new ThemeAsset(fullPath, logicalPath, Insert(logicalPath, hash));
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
