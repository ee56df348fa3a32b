using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Markdown.Links;

/// <summary>Resolves links against the site catalog: uids to their pages, <c>.md</c> files to their pages (set-aside
/// files to where their page would be), other input files to themselves, copied as assets.</summary>
public sealed class CatalogLinkResolver : ILinkResolver
{
    private readonly LinkCatalog _catalog;
    private readonly SiteUrls _urls;
    private readonly IInputFiles _files;
    private readonly Lazy<HashSet<string>> _pagePaths;

    public CatalogLinkResolver(LinkCatalog catalog, SiteUrls urls, IInputFiles files)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(files);
        _catalog = catalog;
        _urls = urls;
        _files = files;
        _pagePaths = new Lazy<HashSet<string>>(PagePaths, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public XrefTarget? Xref(string uid, LinkingPage from)
    {
        ArgumentNullException.ThrowIfNull(from);
        if (_catalog.Find(uid) is { } target) return new XrefTarget(uid, _urls.Relative(from.Destination, SitePaths.Of(target, from.Language)));
        return _catalog.FindUnreadable(uid) is { } unreadable
            ? new XrefTarget(uid, _urls.Relative(from.Destination, SitePaths.Of(unreadable, from.Language)), IsPublished: false)
            : null;
    }

    public string TitleOf(string uid, string language) =>
        _catalog.FindTranslation(uid, language)?.Title ?? _catalog.Find(uid)?.Title ?? uid;

    public string SuggestionFor(string uid) => NearestName.Suggestion(uid, _catalog.Items.Select(i => i.Uid));

    public LinkTarget Relative(string url, LinkingPage from)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(from);
        var (path, suffix) = Split(url);
        var unescaped = Uri.UnescapeDataString(path);
        // No file name holds a NUL, and the path API refuses one (%00 unescaped).
        if (unescaped.Contains('\0', StringComparison.Ordinal)) return LinkTarget.Missing;
        var fullPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(from.Item.FullPath)!, unescaped));
        if (InputPath(fullPath) is not { } inputPath) return LinkTarget.OutsideInput;
        if (fullPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            var target = _catalog.FindByPath(fullPath);
            if (target is null && _catalog.FindSetAside(fullPath) is { } setAside)
            {
                // The file exists but is not published, which its own diagnostic says: link to where its page would be.
                // A translation's page is its source's page in the reader's language; its source is the file beside it
                // (the uid may belong to another file when the source was withheld for a duplicate uid).
                var besideSource = Path.Combine(Path.GetDirectoryName(fullPath)!, setAside.Slug + ".md");
                var wouldBe = setAside.IsTranslation
                    ? _catalog.FindByPath(besideSource) ?? _catalog.FindSetAside(besideSource) ?? setAside
                    : setAside;
                return PageOf(wouldBe, from, suffix);
            }
            return target is null ? LinkTarget.Missing : PageOf(_catalog.Find(target.Uid) ?? target, from, suffix);
        }
        return _files.Exists(fullPath) ? AssetOf(fullPath, inputPath, from, suffix) : LinkTarget.Missing;
    }

    public LinkTarget SiteAbsolute(string url, LinkingPage from)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(from);
        var (written, suffix) = Split(url);
        var path = Uri.UnescapeDataString(written.Length > 0 ? written[1..] : written);
        foreach (var candidate in new[] { path, path + (path.Length == 0 || path.EndsWith('/') ? "" : "/") + SitePaths.IndexFile })
        {
            if (_pagePaths.Value.Contains(candidate)) return new LinkTarget(LinkTargetKind.Page, _urls.Relative(from.Destination, candidate) + suffix);
        }
        if (path.Length > 0 && !path.Contains('\0', StringComparison.Ordinal)
            && Path.GetFullPath(Path.Combine(_files.Root, path)) is var fullPath && InputPath(fullPath) is { } inputPath && _files.Exists(fullPath))
        {
            if (!fullPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return AssetOf(fullPath, inputPath, from, suffix);
            if (_catalog.FindByPath(fullPath) is { } target) return PageOf(_catalog.Find(target.Uid) ?? target, from, suffix);
        }
        return new LinkTarget(LinkTargetKind.Online, _urls.BaseUrl + url.TrimStart('/'));
    }

    private static (string Path, string Suffix) Split(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return cut >= 0 ? (url[..cut], url[cut..]) : (url, "");
    }

    /// <summary>The path of <paramref name="fullPath"/> in the input folder, '/'-separated; null when it lies outside.</summary>
    private string? InputPath(string fullPath)
    {
        var relative = Path.GetRelativePath(_files.Root, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative.Replace('\\', '/');
    }

    private LinkTarget PageOf(ContentItem item, LinkingPage from, string suffix) =>
        new(LinkTargetKind.Page, _urls.Relative(from.Destination, SitePaths.Of(item, from.Language)) + suffix);

    private LinkTarget AssetOf(string fullPath, string inputPath, LinkingPage from, string suffix) =>
        new(LinkTargetKind.Asset, _urls.Relative(from.Destination, inputPath) + suffix, fullPath, inputPath);

    /// <summary>Every page the catalog writes, in every language, with the home, search and case-study index pages.</summary>
    private HashSet<string> PagePaths()
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { SitePaths.IndexFile };
        foreach (var language in _catalog.Settings.Languages)
        {
            paths.Add(SitePaths.Home(language));
            paths.Add(SitePaths.Search(language));
            paths.Add(SitePaths.CaseStudyIndex(language));
            foreach (var item in _catalog.Items) paths.Add(SitePaths.Of(item, language));
        }
        return paths;
    }
}
