using Microsoft.AspNetCore.StaticFiles;

namespace StatiqGuides.Modules.Serve;

/// <summary>Maps request paths to the site's files the way a static host does: <c>/en/</c> is <c>en/index.html</c>,
/// <c>/en</c> redirects to <c>/en/</c>.</summary>
public static class ServedPaths
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    public static (string? Path, ServedFile? File, string? Redirect) Resolve(string requestPath, IReadOnlyDictionary<string, ServedFile> files)
    {
        ArgumentNullException.ThrowIfNull(requestPath);
        ArgumentNullException.ThrowIfNull(files);
        var path = Uri.UnescapeDataString(requestPath).TrimStart('/');
        if (path.Split('/').Any(s => s is ".." or ".")) return (null, null, null);
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        if (files.TryGetValue(path, out var file)) return (path, file, null);
        if (files.ContainsKey(path + "/index.html")) return (null, null, requestPath + "/");
        return (null, null, null);
    }

    public static string ContentType(string path)
    {
        if (path.EndsWith(".html", StringComparison.Ordinal)) return "text/html; charset=utf-8";
        if (path.EndsWith("feed.xml", StringComparison.Ordinal)) return "application/atom+xml; charset=utf-8";
        if (path.EndsWith("_redirects", StringComparison.Ordinal)) return "text/plain; charset=utf-8";
        return Types.TryGetContentType(path, out var type)
            ? type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal) ? type + "; charset=utf-8" : type
            : "application/octet-stream";
    }
}
