using System.IO.Compression;

namespace StatiqGuides.Modules.Bundles;

/// <summary>Zips a folder so that the same files always give the same bytes: entries in ordinal order, one fixed
/// timestamp, fixed permissions, no directory entries.</summary>
public static class DeterministicZip
{
    /// <summary>rw-r--r--, a regular file, in the Unix half of the external attributes, so unzip gives readable files.</summary>
    private const int UnixFileAttributes = 0x81A4 << 16;

    public static void Write(string folder, string zipPath, DateTimeOffset timestamp)
    {
        using var stream = new FileStream(zipPath, FileMode.Create, FileAccess.Write);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        foreach (var file in BundleFiles.List(folder))
        {
            var entry = zip.CreateEntry(file, CompressionLevel.Optimal);
            entry.LastWriteTime = timestamp;
            entry.ExternalAttributes = UnixFileAttributes;
            using var target = entry.Open();
            using var source = File.OpenRead(Path.Combine(folder, file));
            source.CopyTo(target);
        }
    }
}
