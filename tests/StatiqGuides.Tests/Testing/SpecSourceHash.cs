using System.Security.Cryptography;
using System.Text;

namespace StatiqGuides.Tests.Testing;

/// <summary>SPEC §1's <c>source_hash</c>, computed here from the definition and not with the product's code, so that
/// a test shows the product follows the contract: the first 12 hex digits of SHA-256 over the UTF-8 bytes of
/// <c>title + "\n" + summary + "\n" + body</c>, line endings normalised to '\n', the body being the text after the
/// closing <c>---</c> line.</summary>
public static class SpecSourceHash
{
    public static string Of(string title, string summary, string body)
    {
        var text = $"{title}\n{summary}\n{body}".Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12].ToLowerInvariant();
    }

    /// <summary>The hash of a source file as written, given the title and summary its front matter holds.</summary>
    public static string OfFile(string fileText, string title, string summary)
    {
        var text = fileText.Replace("\r\n", "\n", StringComparison.Ordinal);
        var closing = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal) || closing < 0) throw new ArgumentException("no front matter", nameof(fileText));
        return Of(title, summary, text[(closing + "\n---\n".Length)..]);
    }
}
