using System.Buffers;
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
        var title = source.FrontMatter.Title ?? "";
        var summary = source.FrontMatter.Summary ?? "";
        // The body is kept as UTF-8 with its line endings normalised: hashed as it is kept, not read back and encoded
        // again, which was most of the time the site's catalog took to make.
        if (source.BodyText.TryGetBytes(out var body) && !body.Span.Contains((byte)'\r'))
        {
            return Hash(Normalise(title), Normalise(summary), body.Span);
        }
        return Compute(title, summary, source.Body);
    }

    public static string Compute(string title, string summary, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(body);
        body = Normalise(body);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(body.Length));
        try
        {
            return Hash(Normalise(title), Normalise(summary), buffer.AsSpan(0, Encoding.UTF8.GetBytes(body, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The digits of the hash of <c>title + "\n" + summary + "\n"</c> and the body's bytes, taken in turn: the
    /// bytes of the joined text (the '\n' between the parts keeps any surrogate pair whole), without joining them.</summary>
    private static string Hash(string title, string summary, ReadOnlySpan<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(title.Length + summary.Length + 2));
        try
        {
            var written = Encoding.UTF8.GetBytes(title, head);
            head[written++] = (byte)'\n';
            written += Encoding.UTF8.GetBytes(summary, head.AsSpan(written));
            head[written++] = (byte)'\n';
            hash.AppendData(head, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
        hash.AppendData(body);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..(Length / 2)]);
    }

    private static string Normalise(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
