using System.Security.Cryptography;
using System.Text;

namespace StatiqGuides.Core.Content;

/// <summary>The <c>source_hash</c> of SPEC §1: the first 12 hex digits of SHA-256 over the UTF-8 bytes of
/// <c>title + "\n" + summary + "\n" + body</c>, line endings normalised to '\n'.</summary>
public static class SourceHash
{
    public const int Length = 12;

    public static string Of(ContentItem source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Compute(source.FrontMatter.Title ?? "", source.FrontMatter.Summary ?? "", source.Body);
    }

    public static string Compute(string title, string summary, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(body);
        var text = Normalise(title) + "\n" + Normalise(summary) + "\n" + Normalise(body);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash)[..Length];
    }

    private static string Normalise(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
