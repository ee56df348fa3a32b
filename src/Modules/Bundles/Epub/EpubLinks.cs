using AngleSharp.Dom;
using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Bundles.Epub;

/// <summary>Rewrites the links of a page rendered for the offline site into links of the EPUB: to a guide or case
/// study of the book → its document (anchors kept); an image → the copy inside the book; any other page of the site →
/// its online address. Links leaving the site are left alone.</summary>
public sealed class EpubLinks(IReadOnlyDictionary<string, string> documentOfPage, SiteUrls online, string siteFolder)
{
    private readonly SortedDictionary<string, string> _images = new(StringComparer.Ordinal);

    /// <summary>Site path of each image the book carries → its path inside <c>EPUB/</c>.</summary>
    public IReadOnlyDictionary<string, string> Images => _images;

    /// <summary>Image types every EPUB reader must show (EPUB 3 core media types).</summary>
    public static IReadOnlyDictionary<string, string> ImageTypes { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".gif"] = "image/gif", [".svg"] = "image/svg+xml",
    };

    public void Rewrite(IElement root, string pageDestination)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var link in root.QuerySelectorAll("a[href]"))
        {
            link.SetAttribute("href", Href(link.GetAttribute("href")!, pageDestination));
        }
        foreach (var image in root.QuerySelectorAll("img[src]").ToList())
        {
            var src = image.GetAttribute("src")!;
            if (SitePath(src, pageDestination) is { } path && ImageTypes.ContainsKey(Path.GetExtension(path)) && File.Exists(Path.Combine(siteFolder, path)))
            {
                var inside = "images/" + path;
                _images[path] = inside;
                image.SetAttribute("src", inside);
                image.RemoveAttribute("srcset");
                continue;
            }
            // An image a reader cannot be expected to show (or one from elsewhere): a link to it instead.
            var replacement = image.Owner!.CreateElement("a");
            replacement.SetAttribute("href", SitePath(src, pageDestination) is { } online ? Online(online) : src);
            replacement.TextContent = image.GetAttribute("alt") is { Length: > 0 } alt ? alt : src;
            image.Replace(replacement);
        }
    }

    private string Href(string href, string pageDestination)
    {
        if (href.StartsWith('#')) return href;
        if (SitePath(href, pageDestination) is not { } path) return href;
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? "" : href[hash..];
        return documentOfPage.TryGetValue(path, out var document) ? document + fragment : Online(path) + fragment;
    }

    private string Online(string path) => online.Absolute(path);

    /// <summary>The site path a relative link of the page points to; null for links that leave the site.</summary>
    public static string? SitePath(string href, string pageDestination)
    {
        ArgumentNullException.ThrowIfNull(href);
        ArgumentNullException.ThrowIfNull(pageDestination);
        if (href.Length == 0 || href.StartsWith('/') || href.Contains(':', StringComparison.Ordinal) && Uri.TryCreate(href, UriKind.Absolute, out _)) return null;
        var end = href.IndexOfAny(['#', '?']);
        var path = end < 0 ? href : href[..end];
        if (path.Length == 0) return null;
        var segments = pageDestination.Split('/').SkipLast(1).ToList();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(segment);
            }
        }
        return string.Join('/', segments);
    }
}
