using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using StatiqGuides.Core.Caching;

namespace StatiqGuides.Core.Content;

/// <summary>A long text kept as its UTF-8 bytes: the source bodies and rendered pages that a build holds from the moment
/// it reads or renders them to its end, in about half the memory of strings. <see cref="ToString"/> reads it back; two
/// are equal when their texts are.</summary>
/// <remarks>A text that UTF-8 cannot carry unchanged (an unpaired surrogate, which only code could have made: every file
/// is read through a decoder) is kept as the string it is, so reading it back always gives the text it was made from.
/// Its <see cref="CacheIdentity"/> is the SHA-256 of the text, computed once per instance: a body kept from an earlier
/// build of a session is not hashed again.</remarks>
public sealed class Utf8Text : IEquatable<Utf8Text>, ICacheIdentity
{
    // The SHA-256 of no bytes: the shared empty text is never written to.
    private const string EmptyIdentity = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private readonly byte[] _bytes;
    private readonly string? _unencodable;
    private string? _identity;

    private Utf8Text(byte[] bytes, string? unencodable)
    {
        _bytes = bytes;
        _unencodable = unencodable;
    }

    public static Utf8Text Empty { get; } = new([], null);

    public static Utf8Text From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return Empty;
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        var status = Utf8.FromUtf16(text, bytes, out _, out var written, replaceInvalidSequences: false);
        return status == OperationStatus.Done && written == bytes.Length ? new Utf8Text(bytes, null) : new Utf8Text([], text);
    }

    public bool IsEmpty => _bytes.Length == 0 && _unencodable is null;

    /// <summary>Whether both texts, white space trimmed from their ends as <see cref="string.Trim()"/> does, are the
    /// same and not blank: compared as bytes, without reading either back.</summary>
    public bool SameTrimmed(Utf8Text other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (_unencodable is not null || other._unencodable is not null)
        {
            var text = ToString().AsSpan().Trim();
            return text.Length > 0 && text.SequenceEqual(other.ToString().AsSpan().Trim());
        }
        var mine = Trim(_bytes);
        return mine.Length > 0 && mine.SequenceEqual(Trim(other._bytes));
    }

    /// <summary>The text's UTF-8 bytes, as kept; false, and no bytes, for a text UTF-8 cannot carry (see remarks).</summary>
    public bool TryGetBytes(out ReadOnlyMemory<byte> bytes)
    {
        bytes = _unencodable is null ? _bytes : ReadOnlyMemory<byte>.Empty;
        return _unencodable is null;
    }

    public string CacheIdentity => IsEmpty ? EmptyIdentity : _identity ??= Identity();

    public override string ToString() => _unencodable ?? (_bytes.Length == 0 ? "" : Encoding.UTF8.GetString(_bytes));

    /// <summary>The text read back into a pooled buffer instead of a new string (<see cref="ToString"/>): the same
    /// characters.</summary>
    public DecodedText Decode()
    {
        if (_unencodable is not null) return new DecodedText(_unencodable);
        // UTF-8 never takes fewer bytes than UTF-16 takes characters.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, _bytes.Length));
        return new DecodedText(chars, Encoding.UTF8.GetChars(_bytes, chars));
    }

    public bool Equals(Utf8Text? other) =>
        ReferenceEquals(this, other) ||
        (other is not null && string.Equals(_unencodable, other._unencodable, StringComparison.Ordinal) && _bytes.AsSpan().SequenceEqual(other._bytes));

    public override bool Equals(object? obj) => Equals(obj as Utf8Text);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_bytes);
        hash.Add(_unencodable, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    private string Identity()
    {
        // The two forms are told apart: bytes of UTF-8 and of UTF-16 could otherwise coincide.
        var digest = _unencodable is null
            ? SHA256.HashData(_bytes)
            : SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(("\uFFFF" + _unencodable).AsSpan()));
        return Convert.ToHexStringLower(digest);
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text)
    {
        while (Rune.DecodeFromUtf8(text, out var rune, out var length) == OperationStatus.Done && Rune.IsWhiteSpace(rune)) text = text[length..];
        while (Rune.DecodeLastFromUtf8(text, out var rune, out var length) == OperationStatus.Done && Rune.IsWhiteSpace(rune)) text = text[..^length];
        return text;
    }
}
