using System.Collections.Immutable;
namespace StatiqGuides.Core.Content;

/// <summary>A file of the site to write: text, a copy of an input file, or bytes the tool carries (the built-in theme's assets).</summary>
public sealed record OutputFile(string Path, string? Text, string? CopyFrom)
{
    /// <summary>Set for a file written from bytes in memory (Text and CopyFrom are then null). Immutable, and a list to
    /// <see cref="Caching.ContentHasher"/>, which hashes it as one run of bytes.</summary>
    public ImmutableArray<byte>? Bytes { get; init; }

    public static OutputFile FromText(string path, string text) => new(path, text, null);

    public static OutputFile Copy(string path, string sourcePath) => new(path, null, sourcePath);

    public static OutputFile FromBytes(string path, ImmutableArray<byte> bytes) => new(path, null, null) { Bytes = bytes };
}
