using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Templates.Views;

/// <summary>Everything a layout presents about one output page. Computed in C#: templates only show it.</summary>
/// <remarks>One shape for every layout keeps templates simple; lists a layout does not use stay empty.</remarks>
public sealed record PageView
{
    public required string Layout { get; init; }

    public required string Title { get; init; }

    public string Summary { get; init; } = "";

    /// <summary>The page's language (the UI's); <see cref="ContentLanguage"/> differs on fallback pages.</summary>
    public required string Language { get; init; }

    public required string ContentLanguage { get; init; }

    public string Direction { get; init; } = "ltr";

    public required string Url { get; init; }

    public required string CanonicalUrl { get; init; }

    public IReadOnlyList<AlternateLink> Alternates { get; init; } = [];

    public IReadOnlyList<LanguageLink> Languages { get; init; } = [];

    public IReadOnlyList<NavLink> Breadcrumbs { get; init; } = [];

    /// <summary>Shown above the content when it is not, or not fully, in the page's language.</summary>
    public NoticeView? Notice { get; init; }

    private readonly Utf8Text _content = Utf8Text.Empty;

    /// <summary>The body HTML (already safe: rendered from checked Markdown), read back from <see cref="ContentText"/> at
    /// each use.</summary>
    public string Content
    {
        get => _content.ToString();
        init => _content = Utf8Text.From(value);
    }

    /// <summary>The body HTML as the view keeps it: the rendered body's own (<see cref="RenderedContent.HtmlText"/>), not
    /// a copy.</summary>
    public Utf8Text ContentText
    {
        get => _content;
        init => _content = value ?? throw new ArgumentNullException(nameof(value));
    }

    public IReadOnlyList<TocEntry> Toc { get; init; } = [];

    public string? UpdatedIso { get; init; }

    public string? UpdatedText { get; init; }

    public string? EditUrl { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public HubView? Hub { get; init; }

    public IReadOnlyList<NavLink> Tags { get; init; } = [];

    public IReadOnlyList<Card> CaseStudies { get; init; } = [];

    public IReadOnlyList<Card> Related { get; init; } = [];

    /// <summary>A guide's sources (its <c>sources</c> front matter), shown after the body.</summary>
    public IReadOnlyList<SourceLink> Sources { get; init; } = [];

    public IReadOnlyList<Card> Guides { get; init; } = [];

    public IReadOnlyList<Card> Sections { get; init; } = [];

    public IReadOnlyList<CardGroup> Groups { get; init; } = [];

    public CaseStudyFacts? Facts { get; init; }

    /// <summary>The case-study index's filters.</summary>
    public IReadOnlyList<FilterView> Filters { get; init; } = [];

    /// <summary>A hub page's translation status, one row per language other than the default.</summary>
    public IReadOnlyList<TranslationStatusRow> TranslationStatus { get; init; } = [];

    /// <summary>On a hub page: the site's translation status page, when it has one (online, several languages).</summary>
    public string? TranslationStatusUrl { get; init; }

    /// <summary>A section's printable page, from the section page; null elsewhere.</summary>
    public string? PrintUrl { get; init; }

    /// <summary>The parts of a section's printable pages when it has more guides than one part holds, on the section page
    /// and on each part (the current one marked); empty for a section printed on one page.</summary>
    public IReadOnlyList<NavLink> PrintParts { get; init; } = [];

    /// <summary>The guides of a section's printable page, in reading order.</summary>
    public IReadOnlyList<ArticleView> Articles { get; init; } = [];

    /// <summary>The download page's published files (input/pages/downloads.md); empty elsewhere.</summary>
    public IReadOnlyList<DownloadRow> Downloads { get; init; } = [];

    /// <summary>On the download page when it lists no file: why, in the page's language.</summary>
    public string? DownloadsNote { get; init; }

    /// <summary>A section page's EPUB, when one is published.</summary>
    public DownloadRow? Epub { get; init; }

    /// <summary>The root 404 page's message, once per language.</summary>
    public IReadOnlyList<NotFoundNotice> NotFound { get; init; } = [];

    /// <summary>The items of a registered kind's listing page.</summary>
    public IReadOnlyList<Card> Items { get; init; } = [];

    /// <summary>A registered kind's own front-matter keys, by key (<c>page.fields.audience</c>): strings, integers, true or
    /// false, lists of strings, and dates as the page's language writes them.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}
