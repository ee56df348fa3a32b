using System.Buffers;

namespace StatiqGuides.Core.Content;

/// <summary>A <see cref="Utf8Text"/> read back into a buffer rented from the shared pool, for a reader that needs the
/// characters for a moment and not a string: dispose it to give the buffer back.</summary>
public readonly struct DecodedText : IDisposable
{
    private readonly char[]? _rented;
    private readonly string? _text;
    private readonly int _length;

    internal DecodedText(char[] rented, int length)
    {
        _rented = rented;
        _length = length;
    }

    internal DecodedText(string text)
    {
        _text = text;
        _length = text.Length;
    }

    public ReadOnlySpan<char> Span => _rented is not null ? _rented.AsSpan(0, _length) : _text.AsSpan();

    public void Dispose()
    {
        if (_rented is not null) ArrayPool<char>.Shared.Return(_rented);
    }
}
