using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Rewrites one page's links before rendering: <c>xref:</c> links and <c>&lt;xref:uid&gt;</c> to the target's
/// URL and title, relative links to .md files and assets to their output URLs. Reports unknown uids, broken
/// links, links leaving the input folder and <c>javascript:</c> URLs at their place.</summary>
public sealed class LinkRewriter(PageLinkContext page)
{
    private const string XrefScheme = "xref:";
    private readonly List<Located<string>> _cited = [];
    private readonly List<XrefAnchor> _anchors = [];
    private readonly Dictionary<string, string> _assets = new(StringComparer.Ordinal);
    private readonly List<(LiteralInline Text, string Uid)> _titles = [];
    private readonly ForeignEmbeds _embeds = new(page);
    private IReadOnlySet<string>? _pagePaths;

    public IReadOnlyList<Located<string>> Xrefs => _cited;

    public IReadOnlyList<XrefAnchor> XrefAnchors => _anchors;

    public IReadOnlyDictionary<string, string> AssetFiles => _assets;

    /// <summary>Gives the link texts taken from xref targets their title in <paramref name="language"/>, so that one
    /// rewritten document can be rendered for each language that shows it.</summary>
    public void UseTitlesIn(string language)
    {
        foreach (var (text, uid) in _titles)
        {
            text.Content = new Markdig.Helpers.StringSlice(TitleOf(uid, language));
        }
    }

    public void Rewrite(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Materialise first: replacing autolinks changes the tree being walked.
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline link:
                    RewriteLink(link);
                    break;
                case AutolinkInline autolink when autolink.Url.StartsWith(XrefScheme, StringComparison.OrdinalIgnoreCase):
                    ReplaceXrefAutolink(autolink);
                    break;
                case AutolinkInline autolink when UnsafeUrls.IsScript(autolink.Url):
                    page.Diagnostics.Report(DiagnosticCodes.UnsafeJavascriptUrl, Location(autolink));
                    autolink.Url = "#";
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !UrlPolicy.IsAllowed(autolink.Url, isImage: false):
                    page.Diagnostics.Report(DiagnosticCodes.DisallowedUrl, Location(autolink), autolink.Url, "href");
                    autolink.Url = "#";
                    break;
            }
        }
    }

    /// <summary>Rewrites the relative <c>href</c>, <c>src</c> and <c>poster</c> of raw HTML tags as Markdown links are
    /// rewritten (<c>&lt;img src="../../assets/map.png"&gt;</c> is written from a page deeper than its file), reporting
    /// broken ones. Values are read as a browser reads them and written back quoted and escaped.</summary>
    public void RewriteRawHtml(IEnumerable<RawHtmlFragment> fragments)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        foreach (var fragment in fragments)
        {
            var edits = new List<(int Start, int Length, string Text)>();
            var tokenizer = fragment.Tokenizer();
            var inStyle = false;
            for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
            {
                if (inStyle && token.Type == HtmlTokenType.Character)
                {
                    var at = fragment.Text.IndexOf(token.Data, Math.Max(fragment.Offset(token.Position) - 1, 0), StringComparison.Ordinal);
                    if (at >= 0) _embeds.RewriteStyle(fragment, at, token.Data, edits);
                    continue;
                }
                if (token is not HtmlTagToken tag) continue;
                inStyle = tag.Type == HtmlTokenType.StartTag && tag.Name.Equals("style", StringComparison.OrdinalIgnoreCase);
                if (tag.Type != HtmlTokenType.StartTag) continue;
                if (RawHtmlFragment.TextModeAfter(tag) is { } mode) tokenizer.State = mode;
                if (_embeds.RewriteTag(fragment, tag, edits)) continue;
                foreach (var attribute in tag.Attributes)
                {
                    if (!IsUrlAttribute(attribute.Name) || fragment.ValueSpan(attribute.Position) is not { } raw) continue;
                    var (line, column) = fragment.BodyPosition(attribute.Position);
                    var location = BodyLocations.At(page.Item, line, column);
                    var resolved = IsSiteAbsolute(attribute.Value) ? SiteAbsolute(attribute.Value.Trim(), location)
                        : page.Offline && attribute.Value.Trim().StartsWith("//", StringComparison.Ordinal) ? "https:" + attribute.Value.Trim()
                        : IsRelative(attribute.Value) ? ResolveRelative(attribute.Value, location)
                        : null;
                    if (resolved is not null && resolved != attribute.Value)
                    {
                        edits.Add((raw.Start, raw.Length, "\"" + System.Net.WebUtility.HtmlEncode(resolved) + "\""));
                    }
                }
            }
            fragment.Apply(edits);
        }
    }

    private static bool IsUrlAttribute(string name) =>
        name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("src", StringComparison.OrdinalIgnoreCase)
        || name.Equals("poster", StringComparison.OrdinalIgnoreCase);

    private static bool IsRelative(string url) =>
        url.Length > 0 && !url.StartsWith('#') && !url.StartsWith('/') && !UnsafeUrls.HasScheme(url.Trim()) && !UnsafeUrls.IsScript(url)
        && !url.Contains('\n', StringComparison.Ordinal);

    private void RewriteLink(LinkInline link)
    {
        var url = link.Url;
        if (string.IsNullOrEmpty(url) || url.StartsWith('#')) return;
        if (url.StartsWith(XrefScheme, StringComparison.OrdinalIgnoreCase))
        {
            var target = ResolveXref(url[XrefScheme.Length..], Location(link));
            link.Url = target?.Url ?? "#";
            if (target is { } resolved && link.FirstChild is null)
            {
                link.AppendChild(TitleText(resolved));
            }
            return;
        }
        if (UnsafeUrls.IsScript(url))
        {
            page.Diagnostics.Report(DiagnosticCodes.UnsafeJavascriptUrl, Location(link));
            link.Url = "#";
            return;
        }
        if (!UrlPolicy.IsAllowed(url, link.IsImage))
        {
            page.Diagnostics.Report(DiagnosticCodes.DisallowedUrl, Location(link), url.Length <= 80 ? url : url[..77] + "...", link.IsImage ? "src" : "href");
            link.Url = "#";
            return;
        }
        if (link.IsImage && ForeignUrls.IsForeign(url))
        {
            _embeds.RewriteImage(link, Location(link));
            return;
        }
        if (IsSiteAbsolute(url))
        {
            link.Url = SiteAbsolute(url, Location(link));
            return;
        }
        if (page.Offline && url.StartsWith("//", StringComparison.Ordinal))
        {
            // From file:// a protocol-relative link names a file on disk.
            link.Url = "https:" + url;
            return;
        }
        if (UnsafeUrls.HasScheme(url)) return;
        link.Url = ResolveRelative(url, Location(link)) ?? url;
    }

    private static bool IsSiteAbsolute(string url)
    {
        var trimmed = url.Trim().Replace('\\', '/');
        return trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal);
    }

    /// <summary>A link starting with '/', which names the server's root and so nothing from disk: reported; offline, made
    /// relative to the page, an asset or the site file it names when the bundle holds it, else the online URL.</summary>
    private string SiteAbsolute(string url, SourceLocation location)
    {
        page.Diagnostics.Report(DiagnosticCodes.SiteAbsoluteLink, location, url);
        if (!page.Offline) return url;
        var cut = url.IndexOfAny(['#', '?']);
        var path = Uri.UnescapeDataString(cut >= 0 ? url[1..cut] : url[1..]);
        var suffix = cut >= 0 ? url[cut..] : "";
        var pages = _pagePaths ??= PagePaths();
        foreach (var candidate in new[] { path, path + (path.Length == 0 || path.EndsWith('/') ? "" : "/") + SitePaths.IndexFile })
        {
            if (pages.Contains(candidate)) return page.Urls.Relative(page.Destination, candidate) + suffix;
        }
        var fullPath = Path.GetFullPath(Path.Combine(page.InputDirectory, path));
        var relativeToInput = Path.GetRelativePath(page.InputDirectory, fullPath);
        if (path.Length > 0 && !relativeToInput.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relativeToInput) && File.Exists(fullPath))
        {
            if (fullPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                if (page.Catalog.FindByPath(fullPath) is { } target)
                {
                    var source = page.Catalog.Find(target.Uid) ?? target;
                    return page.Urls.Relative(page.Destination, SitePaths.Of(source, page.Language)) + suffix;
                }
            }
            else
            {
                var outputPath = relativeToInput.Replace('\\', '/');
                _assets[fullPath] = outputPath;
                return page.Urls.Relative(page.Destination, outputPath) + suffix;
            }
        }
        return page.Urls.BaseUrl + url.TrimStart('/');
    }

    /// <summary>Every page the catalog writes, in every language, with the home, search and case-study index pages.</summary>
    private HashSet<string> PagePaths()
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { SitePaths.IndexFile };
        foreach (var language in page.Catalog.Settings.Languages)
        {
            paths.Add(SitePaths.Home(language));
            paths.Add(SitePaths.Search(language));
            paths.Add(SitePaths.CaseStudyIndex(language));
            foreach (var item in page.Catalog.Items) paths.Add(SitePaths.Of(item, language));
        }
        return paths;
    }

    private void ReplaceXrefAutolink(AutolinkInline autolink)
    {
        var target = ResolveXref(autolink.Url[XrefScheme.Length..], Location(autolink));
        var link = new LinkInline(target?.Url ?? "#", "")
        {
            Line = autolink.Line,
            Column = autolink.Column,
            Span = autolink.Span,
        };
        link.AppendChild(target is { } resolved ? TitleText(resolved) : new LiteralInline(autolink.Url[XrefScheme.Length..]));
        autolink.ReplaceBy(link);
    }

    private LiteralInline TitleText((string Url, string Title, string Uid) target)
    {
        var text = new LiteralInline(target.Title);
        _titles.Add((text, target.Uid));
        return text;
    }

    private string TitleOf(string uid, string language) =>
        page.Catalog.FindTranslation(uid, language)?.Title ?? page.Catalog.Find(uid)?.Title ?? uid;

    private (string Url, string Title, string Uid)? ResolveXref(string reference, SourceLocation location)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var uid = Uri.UnescapeDataString(hash >= 0 ? reference[..hash] : reference).Trim();
        var anchor = hash >= 0 ? reference[(hash + 1)..] : null;
        var target = page.Catalog.Find(uid);
        if (target is null && page.Catalog.FindUnreadable(uid) is { } unreadable)
        {
            // Its own file's diagnostic is the report; the link goes where the page would be.
            return (page.Urls.Relative(page.Destination, SitePaths.Of(unreadable, page.Language)), uid, uid);
        }
        if (target is null)
        {
            page.Diagnostics.Report(DiagnosticCodes.UnknownXref, location, uid, NearestName.Suggestion(uid, page.Catalog.Items.Select(i => i.Uid)));
            return null;
        }
        if (!_cited.Any(c => c.Value == uid)) _cited.Add(new Located<string>(uid, location));
        if (!string.IsNullOrEmpty(anchor)) _anchors.Add(new XrefAnchor(uid, anchor, location));
        var url = page.Urls.Relative(page.Destination, SitePaths.Of(target, page.Language));
        return (string.IsNullOrEmpty(anchor) ? url : $"{url}#{anchor}", TitleOf(uid, page.Language), uid);
    }

    /// <returns>The output URL, or null when the link is broken (already reported).</returns>
    private string? ResolveRelative(string url, SourceLocation location)
    {
        var cut = url.IndexOfAny(['#', '?']);
        var pathPart = cut >= 0 ? url[..cut] : url;
        var suffix = cut >= 0 ? url[cut..] : "";
        if (pathPart.Length == 0) return url;
        var fullPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page.Item.FullPath)!, Uri.UnescapeDataString(pathPart)));
        var relativeToInput = Path.GetRelativePath(page.InputDirectory, fullPath);
        if (relativeToInput.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relativeToInput))
        {
            page.Diagnostics.Report(DiagnosticCodes.LinkOutsideInput, location, url);
            return null;
        }
        if (fullPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            var target = page.Catalog.FindByPath(fullPath);
            if (target is null && page.Catalog.FindSetAside(fullPath) is { } setAside)
            {
                // The file exists but is not published, which its own diagnostic says: link to where its page would be.
                // A translation's page is its source's page in the reader's language; its source is the file beside it
                // (the uid may belong to another file when the source was withheld for a duplicate uid).
                var besideSource = Path.Combine(Path.GetDirectoryName(fullPath)!, setAside.Slug + ".md");
                var wouldBe = setAside.IsTranslation
                    ? page.Catalog.FindByPath(besideSource) ?? page.Catalog.FindSetAside(besideSource) ?? setAside
                    : setAside;
                return page.Urls.Relative(page.Destination, SitePaths.Of(wouldBe, page.Language)) + suffix;
            }
            if (target is null)
            {
                page.Diagnostics.Report(DiagnosticCodes.BrokenLink, location, pathPart);
                return null;
            }
            var source = page.Catalog.Find(target.Uid) ?? target;
            return page.Urls.Relative(page.Destination, SitePaths.Of(source, page.Language)) + suffix;
        }
        if (!File.Exists(fullPath))
        {
            page.Diagnostics.Report(DiagnosticCodes.BrokenLink, location, pathPart);
            return null;
        }
        var outputPath = relativeToInput.Replace('\\', '/');
        _assets[fullPath] = outputPath;
        return page.Urls.Relative(page.Destination, outputPath) + suffix;
    }

    private SourceLocation Location(Inline inline) => BodyLocations.At(page.Item, inline.Line, inline.Column);
}
