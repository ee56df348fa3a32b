using System.IO.Compression;

namespace StatiqGuides.Modules.Bundles;

/// <summary>Zips files so that the same files always give the same bytes: entries in the order given, one fixed
/// timestamp, fixed permissions, no directory entries.</summary>
public static class DeterministicZip
{
    /// <summary>rw-r--r--, a regular file, in the Unix half of the external attributes, so unzip gives readable files.</summary>
    private const int UnixFileAttributes = 0x81A4 << 16;

    /// <summary>Zips every file of <paramref name="folder"/> (ordinal order) under <paramref name="prefix"/>/.</summary>
    public static void Write(string folder, string zipPath, DateTimeOffset timestamp, string prefix) =>
        Write(zipPath, timestamp, BundleFiles.List(folder).Select(f => (Entry: $"{prefix}/{f}", Source: Path.Combine(folder, f))));

    /// <param name="entries">Entry names and the files they hold, in the order they are written.</param>
    public static void Write(string zipPath, DateTimeOffset timestamp, IEnumerable<(string Entry, string Source)> entries,
        Func<string, CompressionLevel>? level = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var stream = new FileStream(zipPath, FileMode.Create, FileAccess.Write);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        foreach (var (name, source) in entries)
        {
            var entry = zip.CreateEntry(name, level?.Invoke(name) ?? CompressionLevel.Optimal);
            entry.LastWriteTime = timestamp;
            entry.ExternalAttributes = UnixFileAttributes;
            using var target = entry.Open();
            using var input = File.OpenRead(source);
            input.CopyTo(target);
        }
    }
}
