using System.Buffers;
using System.Text;

namespace StatiqGuides.Modules.Output;

/// <summary>A text as the UTF-8 bytes the build writes (no byte order mark), in a buffer rented from the shared pool: a
/// page's bytes are garbage the moment they are written or scanned. Return the buffer to <see cref="ArrayPool{T}.Shared"/>.</summary>
internal static class PooledUtf8
{
    public static (byte[] Buffer, int Length) Encode(string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text));
        return (buffer, Encoding.UTF8.GetBytes(text, buffer));
    }

    /// <summary>The builder's text, encoded chunk by chunk: the same bytes as <c>Encode(text.ToString())</c>, a character
    /// pair split between two chunks included, without the string.</summary>
    public static (byte[] Buffer, int Length) Encode(StringBuilder text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        var encoder = Encoding.UTF8.GetEncoder();
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += encoder.GetBytes(chunk.Span, buffer.AsSpan(length), flush: false);
        }
        length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
        return (buffer, length);
    }
}
