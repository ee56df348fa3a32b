using Markdig;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Markdown.Links;

/// <summary>One page's links as its file is parsed: the page, what its links resolve against, where their problems
/// are reported, and what they name (cited uids, anchors, assets), collected as they are resolved.</summary>
/// <remarks>One per parse of one file, on one thread. It reaches the Markdig extensions through the parser context
/// (<see cref="ToParserContext"/>), so that one pipeline serves every page; without it the extensions leave the tree as
/// Markdig parsed it (translation tools parse bodies so).</remarks>
public sealed class PageLinkContext(LinkingPage page, ILinkResolver links, IDiagnosticSink diagnostics)
{
    private const string XrefScheme = "xref:";

    private readonly List<Located<string>> _xrefs = [];
    private readonly List<XrefAnchor> _anchors = [];
    private readonly Dictionary<string, string> _assets = new(StringComparer.Ordinal);

    public LinkingPage Page { get; } = page ?? throw new ArgumentNullException(nameof(page));

    public ILinkResolver Links { get; } = links ?? throw new ArgumentNullException(nameof(links));

    public IDiagnosticSink Diagnostics { get; } = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));

    public ContentItem Item => Page.Item;

    public bool Offline => Page.Offline;

    /// <summary>Uids the body links to with xref, each at its first appearance.</summary>
    public IReadOnlyList<Located<string>> Xrefs => _xrefs;

    public IReadOnlyList<XrefAnchor> XrefAnchors => _anchors;

    /// <summary>The input files the body links to: full path → output path.</summary>
    public IReadOnlyDictionary<string, string> AssetFiles => _assets;

    public MarkdownParserContext ToParserContext()
    {
        var context = new MarkdownParserContext();
        context.Properties[typeof(PageLinkContext)] = this;
        return context;
    }

    public static PageLinkContext? Of(MarkdownParserContext? context) =>
        context?.Properties.GetValueOrDefault(typeof(PageLinkContext)) as PageLinkContext;

    /// <summary>Whether <paramref name="url"/> is an <c>xref:</c> link, which names a page by uid.</summary>
    public static bool IsXref(string? url) => url is not null && url.StartsWith(XrefScheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>A Markdig position (zero-based, in the body) as a place in the file.</summary>
    public SourceLocation Location(int line, int column) => BodyLocations.At(Item, line, column);

    /// <summary>An <c>xref:uid#anchor</c> link: its target, anchor included, counted as cited; null when no page has the
    /// uid (reported at <paramref name="location"/>).</summary>
    public XrefTarget? ResolveXref(string url, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(url);
        var reference = IsXref(url) ? url[XrefScheme.Length..] : url;
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var uid = Uri.UnescapeDataString(hash >= 0 ? reference[..hash] : reference).Trim();
        var anchor = hash >= 0 ? reference[(hash + 1)..] : null;
        if (Links.Xref(uid, Page) is not { } target)
        {
            Diagnostics.Report(DiagnosticCodes.UnknownXref, location, uid, Links.SuggestionFor(uid));
            return null;
        }
        if (!target.IsPublished) return target;
        if (!_xrefs.Any(c => c.Value == uid)) _xrefs.Add(new Located<string>(uid, location));
        if (string.IsNullOrEmpty(anchor)) return target;
        _anchors.Add(new XrefAnchor(uid, anchor, location));
        return target with { Url = $"{target.Url}#{anchor}" };
    }

    /// <summary>A relative link: the output URL of the page or asset it names; null when it leads nowhere (reported).</summary>
    public string? ResolveRelative(string url, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(url);
        var cut = url.IndexOfAny(['#', '?']);
        var path = cut >= 0 ? url[..cut] : url;
        if (path.Length == 0) return url;
        var target = Links.Relative(url, Page);
        switch (target.Kind)
        {
            case LinkTargetKind.OutsideInput:
                Diagnostics.Report(DiagnosticCodes.LinkOutsideInput, location, url);
                return null;
            case LinkTargetKind.Missing:
                Diagnostics.Report(DiagnosticCodes.BrokenLink, location, path);
                return null;
            default:
                Collect(target);
                return target.Url;
        }
    }

    /// <summary>A link starting with '/', which names the server's root and so nothing from disk: reported; offline, made
    /// relative to the page, an asset or the site file it names when the bundle holds it, else the online URL.</summary>
    public string SiteAbsolute(string url, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(url);
        Diagnostics.Report(DiagnosticCodes.SiteAbsoluteLink, location, url);
        if (!Offline) return url;
        var target = Links.SiteAbsolute(url, Page);
        Collect(target);
        return target.Url;
    }

    /// <summary>Whether <paramref name="url"/> starts with one '/': a path from the server's root.</summary>
    public static bool IsSiteAbsolute(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim().Replace('\\', '/');
        return trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal);
    }

    private void Collect(LinkTarget target)
    {
        if (target is { Kind: LinkTargetKind.Asset, AssetFile: { } file, AssetOutput: { } output }) _assets[file] = output;
    }
}
