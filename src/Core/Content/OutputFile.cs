namespace StatiqGuides.Core.Content;

/// <summary>A file of the site to write: either text or a copy of an input file.</summary>
public sealed record OutputFile(string Path, string? Text, string? CopyFrom)
{
    public static OutputFile FromText(string path, string text) => new(path, text, null);

    public static OutputFile Copy(string path, string sourcePath) => new(path, null, sourcePath);
}
