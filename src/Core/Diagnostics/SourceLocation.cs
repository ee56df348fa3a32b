namespace StatiqGuides.Core.Diagnostics;

/// <summary>A place in a file, 1-based, with the path as shown to the user (relative to the current directory).</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The start of a file, for problems that concern the whole file.</summary>
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
