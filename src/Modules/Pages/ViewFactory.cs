using System.Globalization;
using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Bundles;
using StatiqGuides.Modules.Templates;
using StatiqGuides.Modules.Templates.Views;
using StatiqGuides.Modules.Translations.Changes;

namespace StatiqGuides.Modules.Pages;

/// <summary>Builds the parts of page views shared by every layout, for one language: the site view, cards,
/// breadcrumbs and language links. Every URL it returns is relative to the page being built.</summary>
/// <param name="edition">The edition date of an offline bundle, shown on its download page; null online.</param>
/// <param name="downloads">Online, what bundle published in output/downloads/ (listed on the download page, an EPUB
/// linked from each section page); null when nothing was published, and in a bundle.</param>
/// <param name="bundledEpubs">In a bundle: the run also publishes EPUBs, which section pages link to online.</param>
/// <param name="pool">The build's shared strings: the views of every page are held until the end of a build, and their
/// links and labels mostly repeat from page to page. Default: a pool of these views' own.</param>
/// <param name="assetPaths">Theme asset paths (<c>assets/css/site.css</c>) → their fingerprinted output paths; every
/// <see cref="Link"/> to a theme asset goes through it, so a new asset needs no other wiring.</param>
public sealed class ViewFactory(SiteCatalog catalog, UiStrings strings, CountryNames countries, SiteUrls urls, string language,
    IReadOnlyList<string> builtLanguages, IReadOnlyDictionary<string, string>? assetPaths = null, DateOnly? edition = null,
    DownloadsIndex? downloads = null, bool bundledEpubs = false, StringPool? pool = null)
{
    private readonly StringPool _pool = pool ?? new StringPool();

    /// <summary>The slug of the plain page that is the download page; its layout adds the table of published files.</summary>
    public const string DownloadsPageSlug = "downloads";

    private readonly CultureInfo _culture = Templates.LanguageCulture.Of(language);

    public SiteCatalog Catalog { get; } = catalog;

    /// <summary>The views of each of the site's languages, for a build with <paramref name="options"/>: the page
    /// composers build them once per build.</summary>
    public static IReadOnlyDictionary<string, ViewFactory> ForEachLanguage(SiteCatalog site, Theme theme, Core.Pipelines.BuildOptions options,
        DownloadsIndex? downloads)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(options);
        var settings = site.Settings;
        var urls = SiteUrls.For(options, settings);
        var edition = options.Offline is null ? null : site.LatestUpdate;
        var epubs = options.Offline?.LinksEpubs ?? false;
        var pool = new StringPool();
        return settings.Languages.ToDictionary(l => l,
            l => new ViewFactory(site, theme.Strings, theme.Countries, urls, l, settings.Languages, theme.AssetPaths, edition, downloads, epubs, pool),
            StringComparer.Ordinal);
    }

    /// <summary>What changed since each outdated translation (from the history); empty when not known.</summary>
    public TranslationChanges Changes { get; init; } = new([]);

    public string Language { get; } = language;

    /// <summary>These views showing <paramref name="changes"/>: a page's job carries the changes it shows.</summary>
    public ViewFactory WithChanges(TranslationChanges changes) => With(changes, Titles);

    /// <summary>These views taking every title and summary they show from <paramref name="titles"/>, the view of the catalog
    /// one cached page reads: the page is then composed again when one of those changes (see <see cref="PageCatalog"/>).</summary>
    public ViewFactory ReadingTitlesFrom(PageCatalog titles) => With(Changes, titles ?? throw new ArgumentNullException(nameof(titles)));

    private ViewFactory With(TranslationChanges changes, PageCatalog? titles) =>
        new(Catalog, strings, countries, Urls, Language, builtLanguages, assetPaths, edition, downloads, bundledEpubs, _pool) { Changes = changes, Titles = titles };

    /// <summary>Where titles and summaries are looked up; null: in <see cref="Catalog"/>, unrecorded.</summary>
    private PageCatalog? Titles { get; init; }

    public SiteUrls Urls { get; } = urls;

    public string T(string key) => strings.GetOrKey(Language, key);

    /// <summary>A UI string in another language than the page's.</summary>
    public string TIn(string language, string key) => strings.GetOrKey(language, key);

    /// <summary>A language's name in the page's language (<c>language_names.en</c>: "anglais"), else its own name.</summary>
    public string LanguageNameHere(string code) => strings.Find(Language, "language_names." + code) ?? LanguageName(code);

    public string Link(string from, string to) =>
        _pool.Of(Urls.Relative(from, assetPaths is not null && assetPaths.TryGetValue(to, out var fingerprinted) ? fingerprinted : to));

    public SiteView Site(string from, string? currentSection = null) => new(
        Catalog.Settings.Title.Get(Language, Catalog.Settings.DefaultLanguage),
        Link(from, SitePaths.Home(Language)),
        Link(from, SitePaths.CaseStudyIndex(Language)),
        Link(from, SitePaths.Feed(Language)),
        Link(from, "assets/css/site.css"),
        Link(from, "assets/css/print.css"),
        Link(from, "assets/js/site.js"),
        Link(from, "assets/js/language.js"),
        Link(from, SitePaths.IndexFile),
        [.. Catalog.Sections.Select(s => new NavLink(SectionTitle(s), Link(from, SitePaths.Section(Language, s.Id)), s.Id == currentSection))],
        [.. Catalog.Pages.Select(p => new NavLink(TitleOf(p), Link(from, SitePaths.Page(Language, p.Slug)), SitePaths.Page(Language, p.Slug) == from))])
    {
        SearchUrl = Link(from, SitePaths.Search(Language)),
        SearchScriptUrl = Link(from, "assets/js/search.js"),
        SearchIndexUrl = Link(from, SitePaths.SearchIndex(Language)),
        FiltersScriptUrl = Link(from, "assets/js/filters.js"),
        NotFoundScriptUrl = Link(from, "assets/js/notfound.js"),
        EditionText = edition is { } date ? FormatDate(date) : null,
        EditionIso = edition?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IsOffline = IsOffline,
        DownloadsUrl = DownloadsPage is { } page ? Link(from, SitePaths.Page(Language, page.Slug)) : null,
        DownloadsTitle = DownloadsPage is { } titled ? TitleOf(titled) : null,
        UpdateUrl = IsOffline && DownloadsPage is { } update ? Link(from, SitePaths.Page(Language, update.Slug)) + "#update" : null,
    };

    public bool IsOffline => Urls.Style == LinkStyle.File;

    /// <summary>Whether the site has a translation status page: online, with a language to translate into.</summary>
    public bool HasStatusPage => !IsOffline && Catalog.Settings.Languages.Count > 1;

    private ContentItem? DownloadsPage => Catalog.Pages.FirstOrDefault(p => p.Slug == DownloadsPageSlug);

    /// <summary>The published files, for the download page: this language's first, then the others.</summary>
    public IReadOnlyList<DownloadRow> DownloadRows(string from) =>
        downloads is null ? [] : [.. downloads.Files
            .OrderBy(f => f.Languages.Count == 1 && f.Languages[0] == Language ? 0 : f.Languages.Count > 1 ? 1 : 2)
            .ThenBy(f => KindOrder(f.Kind)).ThenBy(f => f.File, StringComparer.Ordinal)
            .Select(f => Row(f, from))];

    /// <summary>The EPUB of a section in this language: published beside the site, or (in a bundle) online.</summary>
    public DownloadRow? Epub(string sectionId, string from)
    {
        var name = $"guides-{Language}-{sectionId}.epub";
        if (IsOffline)
        {
            return bundledEpubs ? new DownloadRow(name, Urls.Absolute(DownloadsIndex.SiteFolder + "/" + name), "", "", null, null, "", true) : null;
        }
        return downloads?.Files.FirstOrDefault(f => f.File == name) is { } entry ? Row(entry, from) : null;
    }

    private DownloadRow Row(DownloadEntry file, string from)
    {
        var languages = string.Join(", ", file.Languages.Select(LanguageNameHere));
        var section = file.Section is null ? null : Catalog.FindSection(file.Section);
        var purpose = file.Kind switch
        {
            "zip" when file.Languages.Count > 1 => T("offline.kind_zip_all"),
            "zip" => Format("offline.kind_zip", languages),
            "manifest" => Format("offline.kind_manifest", languages),
            "patch" => Format("offline.kind_patch", languages, DateText(file.FromEdition) ?? file.FromEdition ?? ""),
            "epub" => Format("offline.kind_epub", languages, section is null ? file.Section ?? "" : SectionTitle(section)),
            "zim" => Format("offline.kind_zim", languages),
            _ => file.Kind,
        };
        var path = DownloadsIndex.SiteFolder + "/" + file.File;
        return new DownloadRow(file.File, IsOffline ? Urls.Absolute(path) : Urls.Relative(from, path), purpose, SizeText(file.Bytes),
            DateText(file.Edition), file.Edition, file.Sha256, IsOffline);
    }

    private string Format(string key, params object[] values) => string.Format(_culture, T(key), values);

    private string? DateText(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? FormatDate(date) : null;

    public string SizeText(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString(_culture)} B",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0", _culture)} KB",
        _ => $"{(bytes / 1024.0 / 1024.0).ToString("0.0", _culture)} MB",
    };

    private static int KindOrder(string kind) => kind switch { "zip" => 0, "patch" => 1, "epub" => 2, "zim" => 3, _ => 4 };

    /// <summary>The common part of every page view: title, language, canonical and alternate links.</summary>
    /// <param name="destinationIn">Where this page is in another language.</param>
    /// <param name="isTranslated">Whether a language has this page's text in that language (not a fallback).</param>
    public PageView Base(string layout, string destination, string title, string summary,
        Func<string, string>? destinationIn = null, Func<string, bool>? isTranslated = null)
    {
        destinationIn ??= _ => destination;
        isTranslated ??= _ => true;
        return new PageView
        {
            Layout = layout,
            Title = title,
            Summary = summary,
            Language = Language,
            ContentLanguage = Language,
            Url = Link(destination, destination),
            CanonicalUrl = Urls.Absolute(destination),
            Alternates = [.. builtLanguages.Select(l => new AlternateLink(l, Urls.Absolute(destinationIn(l)))),
                new AlternateLink("x-default", Urls.Absolute(destinationIn(Catalog.Settings.DefaultLanguage)))],
            Languages = [.. builtLanguages.Select(l => new LanguageLink(l, LanguageName(l), Link(destination, destinationIn(l)), l == Language, isTranslated(l)))],
        };
    }

    public IReadOnlyList<NavLink> Breadcrumbs(string from, params (string Title, string Path)[] trail) =>
        [new NavLink(T("nav.home"), Link(from, SitePaths.Home(Language))),
            .. trail.Select((t, i) => new NavLink(t.Title, Link(from, t.Path), i == trail.Length - 1))];

    public Card GuideCard(ContentItem guide, string from)
    {
        var section = Catalog.FindSection(guide.SectionId!);
        var meta = section is null ? "" : SectionTitle(section);
        if (guide.FrontMatter.Updated is { } updated) meta += $" · {FormatDate(updated)}";
        return new Card(TitleOf(guide), Link(from, SitePaths.Of(guide, Language)), SummaryOf(guide), _pool.Of(meta), FallbackLanguageOf(guide));
    }

    public Card CaseStudyCard(ContentItem study, string from)
    {
        ArgumentNullException.ThrowIfNull(study);
        var shown = Catalog.FindTranslation(study.Uid, Language) ?? study;
        var frontMatter = shown.FrontMatter;
        var year = _pool.Of(frontMatter.Year?.ToString(CultureInfo.InvariantCulture) ?? "");
        return new Card(TitleOf(study), Link(from, SitePaths.Of(study, Language)), SummaryOf(study),
            _pool.Of(string.Join(" · ", new[] { CountryName(frontMatter.Country?.Value), year }.Where(s => s.Length > 0))), FallbackLanguageOf(study))
        {
            Themes = _pool.Of(string.Join(' ', frontMatter.Themes.Select(t => t.Value))),
            Region = frontMatter.Region ?? "",
            Country = frontMatter.Country?.Value ?? "",
            Year = year,
        };
    }

    /// <summary>An item of a registered kind in its listing: title, summary and last update.</summary>
    public Card ItemCard(ContentItem item, string from)
    {
        ArgumentNullException.ThrowIfNull(item);
        var updated = (Catalog.FindTranslation(item.Uid, Language) ?? item).FrontMatter.Updated;
        return new Card(TitleOf(item), Link(from, SitePaths.Of(item, Language)), SummaryOf(item),
            updated is { } date ? _pool.Of(FormatDate(date)) : "", FallbackLanguageOf(item));
    }

    /// <summary>The default language when <paramref name="item"/> has no translation in this language, else null.</summary>
    public string? FallbackLanguageOf(ContentItem item) =>
        Language != Catalog.Settings.DefaultLanguage && Catalog.FindTranslation(item.Uid, Language) is null
            ? Catalog.Settings.DefaultLanguage
            : null;

    public Card SectionCard(Section section, string from) => new(
        SectionTitle(section), Link(from, SitePaths.Section(Language, section.Id)),
        section.Summary.Get(Language, Catalog.Settings.DefaultLanguage), HubName(section.Id) ?? "");

    public HubView? HubOfSection(string sectionId, string from) =>
        Catalog.HubOf(sectionId) is { } hub ? HubView(hub, from) : null;

    public HubView HubView(Hub hub, string from) => new(
        hub.Id, hub.Name.Get(Language, Catalog.Settings.DefaultLanguage), Link(from, SitePaths.Hub(Language, hub.Id)), hub.Host, hub.Maintainers);

    public NavLink TagLink(string tag, string from) => new(tag, Link(from, SitePaths.Tag(Language, tag)));

    public string SectionTitle(Section section) => section.Title.Get(Language, Catalog.Settings.DefaultLanguage);

    public string? HubName(string sectionId) => Catalog.HubOf(sectionId)?.Name.Get(Language, Catalog.Settings.DefaultLanguage);

    public string TitleOf(ContentItem item) => Titles?.TitleOf(item, Language) ?? PageCatalog.TitleIn(Catalog, item, Language);

    public string SummaryOf(ContentItem item) => Titles?.SummaryOf(item, Language) ?? PageCatalog.SummaryIn(Catalog, item, Language);

    public string FormatDate(DateOnly date) => date.ToString(strings.Find(Language, "date.format") ?? "yyyy-MM-dd", _culture);

    public string CountryName(string? code) => string.IsNullOrEmpty(code) ? "" : countries.Name(code, Language);

    public static string LanguageName(string code)
    {
        try
        {
            var name = CultureInfo.GetCultureInfo(code).NativeName;
            return name.Length > 0 ? char.ToUpper(name[0], CultureInfo.GetCultureInfo(code)) + name[1..] : code;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
