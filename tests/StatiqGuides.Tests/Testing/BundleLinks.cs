using AngleSharp.Dom;

namespace StatiqGuides.Tests.Testing;

/// <summary>Checks what an unzipped bundle's pages point at: every <c>href</c>, <c>src</c> and form <c>action</c>
/// must name a file inside the bundle, or be a plain outbound link that the reader clicks (https://, or the http://
/// of a source that has no https, as some case studies cite), never a URL the browser fetches by itself: src, srcset,
/// poster, object data, stylesheets and CSS url() must name files in the bundle.</summary>
public static partial class BundleLinks
{
    /// <summary>Elements whose URL the browser fetches by itself when the page loads.</summary>
    private const string Fetched = "script[src], img[src], iframe[src], frame[src], embed[src], source[src], track[src], video[src], audio[src], link[rel~=stylesheet], link[rel~=icon], link[rel~=preload], link[rel~=manifest], link[rel~=import], link[rel~=prefetch]";

    /// <summary>One line per problem: <c>page: url: what is wrong</c>.</summary>
    public static IReadOnlyList<string> Problems(string bundleRoot)
    {
        var root = Path.GetFullPath(bundleRoot) + Path.DirectorySeparatorChar;
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var page = Path.GetRelativePath(root, file).Replace('\\', '/');
            var document = Html.Parse(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll("[href], [src], form[action]"))
            {
                foreach (var url in new[] { element.GetAttribute("href"), element.GetAttribute("src"), element.GetAttribute("action") }.OfType<string>())
                {
                    if (Check(root, file, element, url) is { } problem) problems.Add($"{page}: {url}: {problem}");
                }
            }
            // URLs the browser fetches that are not an href or a src: each must name a file in the bundle.
            foreach (var element in document.QuerySelectorAll("[srcset], video[poster], object[data]"))
            {
                var urls = (element.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(c => c.Split(' ')[0])
                    .Concat(new[] { element.GetAttribute("poster"), element.GetAttribute("data") }.OfType<string>());
                foreach (var url in urls)
                {
                    if (CheckFetched(root, file, url) is { } problem) problems.Add($"{page}: {url}: {problem}");
                }
            }
            var css = document.QuerySelectorAll("[style]").Select(e => e.GetAttribute("style") ?? "")
                .Concat(document.QuerySelectorAll("style").Select(e => e.TextContent));
            foreach (System.Text.RegularExpressions.Match match in css.SelectMany(c => CssUrl().Matches(c)))
            {
                var url = match.Groups[1].Value;
                if (CheckFetched(root, file, url) is { } problem) problems.Add($"{page}: {url}: css {problem}");
            }
        }
        return problems;
    }

    private static string? CheckFetched(string root, string file, string url) =>
        url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal)
            ? "fetched from another host"
            : url.StartsWith("data:", StringComparison.Ordinal) ? null : CheckFile(root, file, url);

    [System.Text.RegularExpressions.GeneratedRegex("""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CssUrl();

    private static string? Check(string root, string file, IElement element, string url)
    {
        if (url.StartsWith("https://", StringComparison.Ordinal) || (url.StartsWith("http://", StringComparison.Ordinal) && element.LocalName == "a"))
        {
            return element.Matches(Fetched) ? "fetched from another host" : null;
        }
        if (url.StartsWith('#')) return null;
        if (System.Text.RegularExpressions.Regex.IsMatch(url, "^[a-zA-Z][a-zA-Z0-9+.-]*:"))
        {
            return "neither a relative link nor https://";
        }
        return CheckFile(root, file, url);
    }

    private static string? CheckFile(string root, string file, string url)
    {
        var path = url.Split('#', '?')[0];
        if (path.Length == 0) return null;
        if (path.EndsWith('/')) return "a folder, not a file";
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(path)));
        if (!target.StartsWith(root, StringComparison.Ordinal)) return "outside the bundle";
        return File.Exists(target) ? null : "no such file in the bundle";
    }
}
