using System.Security.Cryptography;
using System.Text;

namespace StatiqGuides.Modules.Sources;

/// <summary>Hashes of a source file's two parts, which a build session keys its cached results by. They travel as
/// document metadata, set only when the build has a cache, so a one-shot build spends nothing on them.</summary>
public static class ContentHashes
{
    public const string FrontMatterKey = "sg.front-matter-hash";
    public const string BodyKey = "sg.body-hash";

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    public static string? FrontMatterOf(Core.Pipelines.Document document) => Get(document, FrontMatterKey);

    public static string? BodyOf(Core.Pipelines.Document document) => Get(document, BodyKey);

    private static string? Get(Core.Pipelines.Document document, string key)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Metadata.GetValueOrDefault(key) as string;
    }
}
