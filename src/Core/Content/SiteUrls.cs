namespace StatiqGuides.Core.Content;

/// <summary>Turns output paths into the links written in pages: always relative, so the site works under
/// any base path and from disk.</summary>
public sealed class SiteUrls(string baseUrl, LinkStyle style)
{
    public string BaseUrl { get; } = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";

    public LinkStyle Style { get; } = style;

    /// <summary>The link from the page written at <paramref name="fromPath"/> to the file at <paramref name="toPath"/>.</summary>
    public string Relative(string fromPath, string toPath)
    {
        ArgumentNullException.ThrowIfNull(fromPath);
        ArgumentNullException.ThrowIfNull(toPath);
        if (Style == LinkStyle.Absolute) return Absolute(toPath);
        var fromFolders = fromPath.Split('/')[..^1];
        var toParts = toPath.Split('/');
        var common = 0;
        while (common < fromFolders.Length && common < toParts.Length - 1 && fromFolders[common] == toParts[common])
        {
            common++;
        }
        var ups = string.Concat(Enumerable.Repeat("../", fromFolders.Length - common));
        var rest = string.Join('/', toParts[common..]);
        var link = ups + rest;
        if (Style == LinkStyle.Server && (link == SitePaths.IndexFile || link.EndsWith("/" + SitePaths.IndexFile, StringComparison.Ordinal)))
        {
            link = link[..^SitePaths.IndexFile.Length];
        }
        return link.Length == 0 ? "./" : link;
    }

    /// <summary>The absolute URL of an output path, as used in canonical links, feeds and sitemaps.</summary>
    public string Absolute(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var pretty = path == SitePaths.IndexFile || path.EndsWith("/" + SitePaths.IndexFile, StringComparison.Ordinal)
            ? path[..^SitePaths.IndexFile.Length]
            : path;
        return BaseUrl + pretty;
    }
}
