namespace StatiqGuides.Modules.Sources;

/// <summary>A file's size and last write time: what a build session compares to know a file has not changed
/// without reading it again.</summary>
public readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    public static FileStamp Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : default;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return default;
        }
    }
}
