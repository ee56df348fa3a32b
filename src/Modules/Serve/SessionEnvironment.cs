using System.Text;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;

namespace StatiqGuides.Modules.Serve;

/// <summary>The stamp (path, size, time) of every file a build reads besides the Markdown content: site.yml, hubs.yml,
/// _section.yml files, assets and the whole theme. Content files are not in it: their own cache entries follow them.</summary>
public static class SessionEnvironment
{
    public static string Stamp(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new StringBuilder();
        foreach (var root in new[] { options.InputDirectory, options.ThemeDirectory })
        {
            if (!Directory.Exists(root)) continue;
            foreach (var path in InputFiles.Under(root).Order(StringComparer.Ordinal))
            {
                if (root == options.InputDirectory && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) continue;
                if (IsEditorFile(Path.GetFileName(path))) continue;
                builder.Append(path).Append('|').Append(FileStamp.Of(path)).Append('\n');
            }
        }
        return builder.ToString();
    }

    /// <summary>Swap, backup and lock files editors keep beside the file being edited (<c>.x.md.swp</c>, <c>x.md~</c>,
    /// <c>#x.md#</c>): the build never reads them, and counting them would make every save rebuild everything.</summary>
    public static bool IsEditorFile(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~')
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name == "4913";
    }
}
