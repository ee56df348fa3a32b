using System.Buffers;

namespace StatiqGuides.Core.Content;

/// <summary>Text written into a buffer rented from the shared pool, which grows as needed: for a text made in one pass
/// whose string is the only allocation of its size. Dispose it to give the buffer back.</summary>
internal sealed class PooledChars(int capacity) : IDisposable
{
    private char[] _buffer = ArrayPool<char>.Shared.Rent(Math.Max(16, capacity));

    public int Length { get; private set; }

    public void Append(char c)
    {
        if (Length == _buffer.Length) Grow(Length + 1);
        _buffer[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _buffer.Length) Grow(Length + text.Length);
        text.CopyTo(_buffer.AsSpan(Length));
        Length += text.Length;
    }

    public override string ToString() => new(_buffer, 0, Length);

    public void Dispose() => ArrayPool<char>.Shared.Return(_buffer);

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
