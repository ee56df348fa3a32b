namespace StatiqGuides.Modules.Sources;

/// <summary>A file's size and last write time: what a build session compares to know a file has not changed
/// without reading it again.</summary>
/// <remarks>Read with a folder's listing (<see cref="InputFiles.Found"/>), not file by file.</remarks>
public readonly record struct FileStamp(long Length, long LastWriteTicks);
