using System.Collections.Immutable;
namespace StatiqGuides.Core.Content;

/// <summary>A file of the site to write: text, a copy of an input file, or bytes the tool carries (the built-in theme's
/// assets); in a write build, also a page already written to the staging folder.</summary>
public sealed record OutputFile(string Path, string? Text, string? CopyFrom)
{
    /// <summary>Set for a file written from bytes in memory (Text and CopyFrom are then null). Immutable, and a list to
    /// <see cref="Caching.ContentHasher"/>, which hashes it as one run of bytes.</summary>
    public ImmutableArray<byte>? Bytes { get; init; }

    /// <summary>Set for a file a write build has already written to its staging folder
    /// (<see cref="Pipelines.BuildContext.Stage(OutputFile)"/>); Text, CopyFrom and Bytes are then null: the build no longer holds it.</summary>
    public StagedFile? Staged { get; init; }

    public static OutputFile FromText(string path, string text) => new(path, text, null);

    public static OutputFile Copy(string path, string sourcePath) => new(path, null, sourcePath);

    public static OutputFile FromBytes(string path, ImmutableArray<byte> bytes) => new(path, null, null) { Bytes = bytes };
}

/// <summary>Where a staged file was written and its size in bytes.</summary>
public sealed record StagedFile(string FullPath, long Bytes);
