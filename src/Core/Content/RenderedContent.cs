namespace StatiqGuides.Core.Content;

/// <summary>A content item whose Markdown has been turned into HTML, with what the rendering learnt.</summary>
/// <param name="Localized">The item as this page's language gets it (source, translation or fallback).</param>
/// <param name="Html">The body as HTML, links already rewritten to output URLs.</param>
/// <param name="Toc">Level-2 headings with their level-3 children.</param>
/// <param name="HeadingIds">Every heading id in the body, for xref anchors.</param>
/// <param name="Xrefs">Uids the body links to with xref, each at its first appearance.</param>
/// <param name="AssetFiles">Files outside input/assets/ that the body links to: full path → output path.</param>
public sealed record RenderedContent(
    LocalizedItem Localized,
    string Destination,
    string Html,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlySet<string> HeadingIds,
    IReadOnlyList<Located<string>> Xrefs,
    IReadOnlyDictionary<string, string> AssetFiles)
{
    private readonly Utf8Text _html = Utf8Text.From(Html);

    /// <summary>A rendering whose HTML is already kept: the pages of one file in several languages share one when their
    /// HTML is the same.</summary>
    public RenderedContent(LocalizedItem localized, string destination, Utf8Text html, IReadOnlyList<TocEntry> toc,
        IReadOnlySet<string> headingIds, IReadOnlyList<Located<string>> xrefs, IReadOnlyDictionary<string, string> assetFiles)
        : this(localized, destination, "", toc, headingIds, xrefs, assetFiles)
    {
        ArgumentNullException.ThrowIfNull(html);
        _html = html;
    }

    /// <summary>The body as HTML, read back from <see cref="HtmlText"/> at each use.</summary>
    public string Html
    {
        get => _html.ToString();
        init => _html = Utf8Text.From(value);
    }

    /// <summary>The body's HTML as it is kept until the end of a build: in UTF-8, about half the memory of a string.</summary>
    public Utf8Text HtmlText => _html;

    /// <summary>The file that was rendered: the translation, or the source.</summary>
    public ContentItem Item => Localized.Shown;

    public string Language => Localized.Language;

    public IEnumerable<string> CitedUids => Xrefs.Select(x => x.Value);

    /// <summary>xref links with an anchor, to check once every page knows its heading ids.</summary>
    public IReadOnlyList<XrefAnchor> XrefAnchors { get; init; } = [];
}

/// <summary>An <c>xref:uid#anchor</c> link and where it was written.</summary>
public sealed record XrefAnchor(string Uid, string Anchor, Diagnostics.SourceLocation Location);
