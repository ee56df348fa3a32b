namespace StatiqGuides.Tests.Testing;

/// <summary>Turns the links written in output pages back into the output files they name, as a web server would
/// (a folder link names its index.html), so tests can show that every link reaches a written file.</summary>
public static class OutputLinks
{
    /// <summary>The output path <paramref name="href"/> names from the page at <paramref name="fromPath"/>, or null when
    /// the link leaves the site (another scheme) or names only a fragment of the same page.</summary>
    public static string? Resolve(string fromPath, string href, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(fromPath);
        ArgumentNullException.ThrowIfNull(href);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var target = href.Split('#')[0].Split('?')[0];
        if (href.StartsWith('#')) return null;
        if (target.Length == 0) return fromPath;
        if (target.StartsWith(baseUrl, StringComparison.Ordinal)) return Index(target[baseUrl.Length..]);
        if (target.Contains(':', StringComparison.Ordinal) || target.StartsWith('/')) return null;
        var parts = fromPath.Split('/')[..^1].ToList();
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count == 0) return "../ (outside the site)";
                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }
        var path = string.Join('/', parts);
        return target.EndsWith('/') ? Index(path.Length == 0 ? "" : path + "/") : path;
    }

    /// <summary>Every HTML file under the output folder, as output paths with '/' separators, in ordinal order.</summary>
    public static IReadOnlyList<string> HtmlPages(string outputDirectory) =>
    [
        .. Directory.EnumerateFiles(outputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(outputDirectory, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    private static string Index(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
}
