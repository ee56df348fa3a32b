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
}
