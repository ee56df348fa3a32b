using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Serve;

/// <summary>One build of the site as <c>serve</c> serves it, from memory. Immutable: the server reads the latest snapshot
/// while the next build runs.</summary>
/// <param name="Files">Output path ('/' separators, <c>en/index.html</c>) → file.</param>
/// <param name="Diagnostics">What the latest build reported; its errors are shown over every page.</param>
/// <param name="Version">Counts builds, so that a page knows whether it is older than the site.</param>
public sealed record ServedSite(IReadOnlyDictionary<string, ServedFile> Files, IReadOnlyList<Diagnostic> Diagnostics, long Version)
{
    public static ServedSite Empty { get; } = new(new Dictionary<string, ServedFile>(StringComparer.Ordinal), [], 0);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);
}

/// <summary>A file of the served site: a page's text, kept in memory, or an asset as it is (from disk, or the built-in theme's bytes).</summary>
/// <remarks>Text is encoded when asked for, so that a rebuild spends nothing on pages no browser shows.</remarks>
public sealed record ServedFile(OutputFile File)
{
    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(false);

    /// <summary>The same bytes <c>build</c> writes for this file.</summary>
    public async Task<byte[]> ReadAsync(CancellationToken cancellationToken) => File.Text is { } text
        ? Utf8NoBom.GetBytes(text)
        : File.Bytes is { } bytes
            ? bytes.ToArray()
            : await System.IO.File.ReadAllBytesAsync(File.CopyFrom!, cancellationToken).ConfigureAwait(false);

    /// <summary>Whether the two give the same bytes (an asset copied from the same file counts as the same).</summary>
    public bool SameAs(ServedFile other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ReferenceEquals(File, other.File) || File == other.File;
    }
}
