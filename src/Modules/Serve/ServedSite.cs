using System.Globalization;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Serve;

/// <summary>One build of the site as <c>serve</c> serves it, from memory. Immutable: the server reads the latest snapshot
/// while the next build runs.</summary>
/// <param name="Files">Output path ('/' separators, <c>en/index.html</c>) → file.</param>
/// <param name="Diagnostics">What the latest build reported; its errors are shown over every page.</param>
/// <param name="Version">Counts the snapshots served: each publication that changes what is served is one more.</param>
public sealed record ServedSite(IReadOnlyDictionary<string, ServedFile> Files, IReadOnlyList<Diagnostic> Diagnostics, long Version)
{
    public static ServedSite Empty { get; } = new(new Dictionary<string, ServedFile>(StringComparer.Ordinal), [], 0);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    /// <summary>The version at which the errors shown over every page (the overlay) last changed.</summary>
    public long ErrorsSince { get; init; }

    /// <summary>What a browser showing <paramref name="requestPath"/> has: the version of the file served there (or of
    /// the 404 page, when nothing is) and of the errors shown over it. A page reloads when this changes, and only then:
    /// saving one guide reloads the tabs showing a page that changed, not every tab.</summary>
    public string PageVersion(string requestPath)
    {
        ArgumentNullException.ThrowIfNull(requestPath);
        var (_, file, _) = ServedPaths.Resolve(requestPath, Files);
        var shown = file is not null
            ? file.Since.ToString(CultureInfo.InvariantCulture)
            // A missing page changes when the page comes into being, or the 404 page changes.
            : "404-" + (Files.TryGetValue("404.html", out var notFound) ? notFound.Since : 0).ToString(CultureInfo.InvariantCulture);
        return shown + "." + ErrorsSince.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The same site, its files carrying the versions they were first served at: a file with the same bytes as
    /// in <paramref name="shown"/> keeps that version, any other takes this site's <see cref="Version"/>; and the errors
    /// keep their version unless they changed.</summary>
    public ServedSite Since(ServedSite shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var errorsSince = Errors.SequenceEqual(shown.Errors) ? shown.ErrorsSince : Version;
        // The files served already (a failed rebuild keeps them all) are kept as they are, dictionary and all.
        if (ReferenceEquals(Files, shown.Files)) return this with { ErrorsSince = errorsSince };
        var files = new Dictionary<string, ServedFile>(Files.Count, StringComparer.Ordinal);
        foreach (var (path, file) in Files)
        {
            files[path] = shown.Files.TryGetValue(path, out var old) && old.SameAs(file) ? old : file with { Since = Version };
        }
        return this with { Files = files, ErrorsSince = errorsSince };
    }
}

/// <summary>A file of the served site: a page's text, kept in memory, or an asset as it is (from disk, or the built-in theme's bytes).</summary>
/// <remarks>Text is encoded when asked for, so that a rebuild spends nothing on pages no browser shows.</remarks>
public sealed record ServedFile(OutputFile File)
{
    /// <summary>The <see cref="ServedSite.Version"/> at which these bytes were first served at this path.</summary>
    public long Since { get; init; }

    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(false);

    /// <summary>The same bytes <c>build</c> writes for this file.</summary>
    public async Task<byte[]> ReadAsync(CancellationToken cancellationToken) => File.Text is { } text
        ? Utf8NoBom.GetBytes(text)
        : File.Bytes is { } bytes
            ? bytes.ToArray()
            : await System.IO.File.ReadAllBytesAsync(File.Staged?.FullPath ?? File.CopyFrom!, cancellationToken).ConfigureAwait(false);

    /// <summary>Whether the two give the same bytes (an asset copied from the same file counts as the same).</summary>
    public bool SameAs(ServedFile other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ReferenceEquals(File, other.File) || File == other.File;
    }
}
