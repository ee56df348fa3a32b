using StatiqGuides.Modules.Sources;

namespace StatiqGuides.Tests.Modules.Sources;

/// <summary>A folder's files as the build lists them: folder by folder, each before its subfolders, in ordinal order;
/// linked folders are not descended.</summary>
public sealed class InputFilesTests
{
    [Fact]
    public void Files_come_folder_by_folder_each_before_its_subfolders_in_ordinal_order_and_a_linked_folder_is_not_descended()
    {
        var root = Path.Combine(Path.GetTempPath(), "statiqguides-tests", Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in new[] { "z.md", "a.md", "b/two.md", "b/One.md", "b/c/deep.md", "B/upper.md", "d/e/f/g.md", "d/skip.txt" })
            {
                var path = Path.Combine(root, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file);
            }
            Directory.CreateSymbolicLink(Path.Combine(root, "loop"), root);
            var outside = new List<string>();

            var found = InputFiles.Found(root, "*.md", null, outside.Add).Select(f => Path.GetRelativePath(root, f.Path).Replace('\\', '/')).ToList();

            // A folder's own files come in the file system's order; the folders in ordinal order, parents first.
            var folders = found.Select(f => Path.GetDirectoryName(f)!.Replace('\\', '/')).ToList();
            Assert.Equal(["", "B", "b", "b/c", "d/e/f"], folders.Where((f, i) => i == 0 || folders[i - 1] != f));
            Assert.Equal(["B/upper.md", "a.md", "b/One.md", "b/c/deep.md", "b/two.md", "d/e/f/g.md", "z.md"], found.Order(StringComparer.Ordinal));
            Assert.Empty(outside);
            Assert.All(InputFiles.Found(root, "*.md", null, null), f => Assert.True(f.Stamp.Length > 0));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
