using System.Buffers;

namespace StatiqGuides.Core.Caching;

/// <summary>The growing byte buffer <see cref="ContentHasher"/> writes a value's canonical bytes to, on pooled arrays: one is
/// needed per object walked, and fresh zeroed arrays cost more than the hashing.</summary>
internal sealed class CanonicalBuffer : IDisposable
{
    private byte[] _array = ArrayPool<byte>.Shared.Rent(512);
    private int _length;

    public ReadOnlySpan<byte> Written => _array.AsSpan(0, _length);

    public Span<byte> GetSpan(int size)
    {
        if (_array.Length - _length < size)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, _length + size));
            _array.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }
        return _array.AsSpan(_length);
    }

    public void Advance(int count) => _length += count;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        _length += bytes.Length;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = [];
        _length = 0;
    }
}
