using System.IO.Compression;

namespace StatiqGuides.Modules.Bundles;

/// <summary>An edition given to <c>bundle --since</c>: its manifest and the SHA-256 of the manifest's bytes.</summary>
public sealed record EarlierEdition(EditionManifest Manifest, string ManifestSha256)
{
    public EditionReference Reference => new(Manifest.Edition, Manifest.Commit, ManifestSha256);

    /// <summary>Reads a manifest.json, a published guides-*.manifest.json, or the manifest inside a bundle zip.</summary>
    /// <returns>The edition, or the reason it cannot be read.</returns>
    public static (EarlierEdition? Edition, string? Problem) Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
            if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K')
            {
                using var zip = ZipFile.OpenRead(path);
                var entries = zip.Entries.Where(e => e.FullName.Count(c => c == '/') == 1 && e.FullName.EndsWith("/" + EditionManifest.FileName, StringComparison.Ordinal)).ToList();
                if (entries.Count != 1) return (null, "the zip holds no bundle manifest");
                using var stream = entries[0].Open();
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                bytes = memory.ToArray();
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (null, exception.Message);
        }
        return EditionManifest.Parse(bytes) is { } manifest
            ? (new EarlierEdition(manifest, EditionManifest.Sha256Of(bytes)), null)
            : (null, "it is not a bundle manifest (JSON with 'languages' and 'files')");
    }
}
