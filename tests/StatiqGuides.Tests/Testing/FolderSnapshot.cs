namespace StatiqGuides.Tests.Testing;

/// <summary>Every file under a folder with its bytes, to show that two folders (or one folder at two times) are identical.</summary>
public sealed class FolderSnapshot
{
    private FolderSnapshot(SortedDictionary<string, byte[]> files)
    {
        Files = files;
    }

    /// <summary>Relative path ('/' separators) → bytes, in ordinal path order.</summary>
    public SortedDictionary<string, byte[]> Files { get; }

    public static FolderSnapshot Of(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, path).Replace('\\', '/')] = File.ReadAllBytes(path);
        }
        return new FolderSnapshot(files);
    }

    /// <summary>Fails naming the files that are missing, extra or different.</summary>
    public void AssertSameAs(FolderSnapshot expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Expect.Lines(Files.Keys, [.. expected.Files.Keys], "files");
        var different = Files.Where(f => !f.Value.AsSpan().SequenceEqual(expected.Files[f.Key])).Select(f => f.Key).ToList();
        Expect.Lines(different, [], "files whose bytes differ");
    }
}
