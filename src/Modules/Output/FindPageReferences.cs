using System.Text;
using System.Text.RegularExpressions;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Output;

/// <summary>What one page of the site weighs and which files of the site it loads or links: what
/// <see cref="CheckBudgets"/> adds up. Found per page, so that a <c>serve</c> rebuild reads again only the pages that changed.</summary>
public sealed partial class FindPageReferences : EachModule<OutputFile, PageReferences>
{
    public override PageReferences Process(OutputFile item, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Text is not { } text || !item.Path.EndsWith(".html", StringComparison.Ordinal)) return new PageReferences(item.Path, false, 0, []);
        var references = new List<PageReference>();
        var folder = item.Path.Split('/')[..^1];
        // A page names the same stylesheet, scripts and section links many times: each is resolved once.
        var resolved = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (Match match in Reference().Matches(text))
        {
            var url = match.Groups["url"].Value;
            if (!resolved.TryGetValue(url, out var target)) resolved[url] = target = Resolve(url, folder);
            if (target is null) continue;
            var tag = match.Groups["tag"].ValueSpan;
            // Kept: what the budget adds up (scripts, stylesheets) and what keeps an asset in use. A page's hundreds of
            // links to other pages are neither, and a session keeps every page's references between builds.
            if (tag.SequenceEqual("script")) references.Add(new PageReference("script", target));
            else if (tag.SequenceEqual("link")) references.Add(new PageReference("link", target));
            else if (target.StartsWith(AssetsFolder, StringComparison.Ordinal)) references.Add(new PageReference(tag.ToString(), target));
        }
        return new PageReferences(item.Path, true, Encoding.UTF8.GetByteCount(text), references);
    }

    /// <summary>Where the site's assets are, the theme's and the input's alike.</summary>
    private const string AssetsFolder = "assets/";

    /// <summary>The output path a relative link of a page in <paramref name="folder"/> names; null for other links.</summary>
    private static string? Resolve(string url, string[] folder)
    {
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith('/') || url.Contains("//", StringComparison.Ordinal) || SchemePrefix().IsMatch(url)) return null;
        var end = url.IndexOfAny(['#', '?']);
        var path = end < 0 ? url : url[..end];
        var segments = new List<string>(folder);
        var decoded = path.AsSpan().IndexOfAny('%', '&') < 0 ? path : Uri.UnescapeDataString(System.Net.WebUtility.HtmlDecode(path));
        foreach (var segment in decoded.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("." or "")) segments.Add(segment);
        }
        var resolved = string.Join('/', segments);
        return path.EndsWith('/') || path.Length == 0 ? (resolved.Length == 0 ? SitePaths.IndexFile : resolved + "/" + SitePaths.IndexFile) : resolved;
    }

    [GeneratedRegex(@"<(?<tag>[a-z]+)\b[^>]*?\s(?:href|src)\s*=\s*""(?<url>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex SchemePrefix();
}

/// <summary>A site file as <see cref="CheckBudgets"/> sees it: whether it is a page, its size in bytes when it is one, and the
/// site files its tags name (the tag, and the target's output path) that the budget reads: every script and link
/// (stylesheet) tag, and any other tag naming a file under <c>assets/</c>.</summary>
public sealed record PageReferences(string Path, bool IsPage, long Bytes, IReadOnlyList<PageReference> References);

public sealed record PageReference(string Tag, string Target);
