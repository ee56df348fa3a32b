using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Templates.Views;
using StatiqGuides.Modules.Translations;
using StatiqGuides.Modules.Translations.Status;

namespace StatiqGuides.Modules.Pages;

/// <summary>The views of pages that list content: home, sections, case-study index, registered kinds' listings, tags,
/// hubs, 404.</summary>
public sealed class ListingPageViews(ViewFactory views)
{
    private const int RecentGuides = 6;

    /// <summary>How many items needing translation a hub page lists per language: a hub starting a new language would
    /// otherwise list every guide it has; the rest are counted, and on the translation status page.</summary>
    private const int NeedsListed = 20;

    private SiteCatalog Catalog => views.Catalog;

    private string Language => views.Language;

    public ComposedPage Home()
    {
        var from = SitePaths.Home(Language);
        var title = Catalog.Settings.Title.Get(Language, Catalog.Settings.DefaultLanguage);
        var page = views.Base("home", from, title, views.T("home.intro"), SitePaths.Home) with
        {
            Sections = [.. Catalog.Sections.Select(s => views.SectionCard(s, from))],
            Guides = [.. Catalog.Guides
                .OrderByDescending(g => g.FrontMatter.Updated ?? DateOnly.MinValue)
                .ThenBy(g => g.Uid, StringComparer.Ordinal)
                .Take(RecentGuides)
                .Select(g => views.GuideCard(g, from))],
            CaseStudies = [.. Catalog.CaseStudies
                .OrderByDescending(c => c.FrontMatter.Year ?? 0)
                .ThenBy(c => c.Uid, StringComparer.Ordinal)
                .Take(RecentGuides)
                .Select(c => views.CaseStudyCard(c, from))],
        };
        return new ComposedPage(from, page, views.Site(from));
    }

    public ComposedPage Section(Section section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var from = SitePaths.Section(Language, section.Id);
        var title = views.SectionTitle(section);
        var page = views.Base("section", from, title, section.Summary.Get(Language, Catalog.Settings.DefaultLanguage),
            l => SitePaths.Section(l, section.Id)) with
        {
            Breadcrumbs = views.Breadcrumbs(from, (title, from)),
            Hub = views.HubOfSection(section.Id, from),
            PrintUrl = Catalog.GuidesOf(section.Id).Any() ? views.Link(from, SitePaths.SectionPrint(Language, section.Id)) : null,
            PrintParts = PrintParts(section, from, 0),
            Epub = Catalog.GuidesOf(section.Id).Any() ? views.Epub(section.Id, from) : null,
            Guides = [.. Catalog.GuidesOf(section.Id).Select(g => views.GuideCard(g, from))],
            CaseStudies = [.. Catalog.CaseStudies
                .Where(c => c.FrontMatter.Themes.Any(t => t.Value == section.Id))
                .Select(c => views.CaseStudyCard(c, from))],
        };
        return new ComposedPage(from, page, views.Site(from, section.Id));
    }

    /// <summary>The most guides one printable page holds: a larger section is printed in numbered parts, so that no
    /// page grows past what an old machine opens and prints comfortably.</summary>
    public const int GuidesPerPrintPart = 25;

    /// <summary>How many printable pages a section of <paramref name="guides"/> guides has: one, or one per part of
    /// <see cref="GuidesPerPrintPart"/> guides.</summary>
    public static int PrintPagesOf(int guides) => Math.Max(1, (guides + GuidesPerPrintPart - 1) / GuidesPerPrintPart);

    /// <summary>Where print part <paramref name="part"/> (from 1) lies among a section's <paramref name="guides"/> guides
    /// in reading order: the one rule that splits a section, for the jobs and for the links between parts.</summary>
    public static Range PrintPart(int guides, int part) =>
        ((part - 1) * GuidesPerPrintPart)..Math.Min(guides, part * GuidesPerPrintPart);

    /// <summary>One printable page of a section: its guides in reading order, all of them or part
    /// <paramref name="part"/>'s (<see cref="PrintPagesOf"/>).</summary>
    /// <param name="guides">The renderings, in this language, of the part's guides, in reading order.</param>
    public ComposedPage SectionPrint(Section section, int part, IReadOnlyList<RenderedContent> guides)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(guides);
        var from = SitePaths.SectionPrint(Language, section.Id, part);
        var title = views.SectionTitle(section);
        var sectionPath = SitePaths.Section(Language, section.Id);
        var parts = PrintParts(section, from, part);
        var page = views.Base("section-print", from, parts.Count > 0 ? $"{title}: {parts[part - 1].Title}" : title,
            section.Summary.Get(Language, Catalog.Settings.DefaultLanguage), l => SitePaths.SectionPrint(l, section.Id, part)) with
        {
            Breadcrumbs = views.Breadcrumbs(from, (title, sectionPath), (views.T("print.title"), from)),
            PrintParts = parts,
            Articles = [.. guides.Select(body =>
            {
                var item = body.Item;
                using var html = body.HtmlText.Decode();
                return new ArticleView(item.Slug, item.Title, item.Summary, views.Link(from, body.Destination),
                    body.Localized.IsFallback ? Catalog.Settings.DefaultLanguage : null,
                    PrintedHtml.Nest(html.Span, item.Slug),
                    item.FrontMatter.Updated is { } updated ? views.FormatDate(updated) : null,
                    SourceLink.ListOf(item, Language, Catalog.Settings.DefaultLanguage));
            })],
        };
        return new ComposedPage(from, page, views.Site(from, section.Id));
    }

    /// <summary>The links to a section's print parts, <paramref name="current"/> marked (0: none); empty for one part.</summary>
    private IReadOnlyList<NavLink> PrintParts(Section section, string from, int current)
    {
        var count = Catalog.GuidesOf(section.Id).Count();
        var parts = PrintPagesOf(count);
        if (parts <= 1) return [];
        return [.. Enumerable.Range(1, parts).Select(part =>
        {
            var range = PrintPart(count, part);
            var text = views.T("print.part").Replace("{0}", Number(part), StringComparison.Ordinal).Replace("{1}", Number(parts), StringComparison.Ordinal)
                .Replace("{2}", Number(range.Start.Value + 1), StringComparison.Ordinal).Replace("{3}", Number(range.End.Value), StringComparison.Ordinal);
            return new NavLink(text, views.Link(from, SitePaths.SectionPrint(Language, section.Id, part)), part == current);
        })];
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The search page: the results are found by script, from the language's index.</summary>
    public ComposedPage Search()
    {
        var from = SitePaths.Search(Language);
        var title = views.T("search.title");
        var page = views.Base("search", from, title, "", SitePaths.Search) with
        {
            Breadcrumbs = views.Breadcrumbs(from, (title, from)),
        };
        return new ComposedPage(from, page, views.Site(from));
    }

    public ComposedPage CaseStudyIndex()
    {
        var from = SitePaths.CaseStudyIndex(Language);
        var title = views.T("nav.case_studies");
        var groups = Catalog.Sections
            .Select(s => new CardGroup(s.Id, views.SectionTitle(s),
                [.. Catalog.CaseStudies.Where(c => c.FrontMatter.Themes.Any(t => t.Value == s.Id)).Select(c => views.CaseStudyCard(c, from) with { Filterable = true })]))
            .Where(g => g.Cards.Count > 0)
            .ToList();
        var unthemed = Catalog.CaseStudies.Where(c => c.FrontMatter.Themes.Count == 0).Select(c => views.CaseStudyCard(c, from) with { Filterable = true }).ToList();
        if (unthemed.Count > 0) groups.Add(new CardGroup("other", views.T("case_studies.other"), unthemed));
        var cards = groups.SelectMany(g => g.Cards).DistinctBy(c => c.Url).ToList();
        var page = views.Base("case-study-index", from, title, views.T("case_studies.intro"), SitePaths.CaseStudyIndex) with
        {
            Breadcrumbs = views.Breadcrumbs(from, (title, from)),
            Groups = groups,
            Filters =
            [
                new FilterView("theme", views.T("filters.theme"), [.. Catalog.Sections
                    .Select(s => new FilterOption(s.Id, views.SectionTitle(s), cards.Count(c => c.Themes.Split(' ').Contains(s.Id))))
                    .Where(o => o.Count > 0)]),
                Facet("region", views.T("filters.region"), cards, c => c.Region, v => v),
                Facet("country", views.T("filters.country"), cards, c => c.Country, views.CountryName),
                new FilterView("year", views.T("filters.year"), [.. cards.Where(c => c.Year.Length > 0).GroupBy(c => c.Year)
                    .OrderByDescending(g => g.Key, StringComparer.Ordinal).Select(g => new FilterOption(g.Key, g.Key, g.Count()))]),
            ],
        };
        return new ComposedPage(from, page, views.Site(from));
    }

    /// <summary>A registered kind's listing page: its items, by <c>order</c> then title, as cards.</summary>
    /// <param name="layout">The theme's <c>&lt;id&gt;-index</c> layout, or the generic <c>listing</c>.</param>
    public ComposedPage KindIndex(ContentKind kind, string layout)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var from = kind.ListingPath(Language);
        var title = views.T(kind.ListingTitleKey ?? kind.Id);
        var page = views.Base(layout, from, title, "", kind.ListingPath) with
        {
            Breadcrumbs = views.Breadcrumbs(from, (title, from)),
            Items = [.. Catalog.ItemsOf(kind)
                .OrderBy(i => i.FrontMatter.Order ?? int.MaxValue)
                .ThenBy(i => views.TitleOf(i), StringComparer.Ordinal)
                .ThenBy(i => i.Uid, StringComparer.Ordinal)
                .Select(i => views.ItemCard(i, from))],
        };
        return new ComposedPage(from, page, views.Site(from));
    }

    private static FilterView Facet(string id, string label, List<Card> cards, Func<Card, string> value, Func<string, string> name) =>
        new(id, label, [.. cards.Select(value).Where(v => v.Length > 0).GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new FilterOption(g.Key, name(g.Key), g.Count()))
            .OrderBy(o => o.Label, StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, ignoreCase: true))]);

    public IEnumerable<ComposedPage> Tags()
    {
        // A translation may repeat its tags translated: every tag of any language's version gets its page in every
        // language (so the language switcher never leads to a missing page), listing the items that carry it anywhere.
        var tagged = Catalog.Items.Select(i => (Tags: i.FrontMatter.Tags, Item: i))
            .Concat(Catalog.Translations.Select(t => (Tags: t.FrontMatter.Tags, Item: Catalog.Find(t.Uid)!)).Where(x => x.Item is not null))
            // Tag pages list guides and case studies; a registered kind's page links no tag (Registered), so none is missing.
            .Where(x => x.Item.Kind == ContentKind.Guide || x.Item.Kind == ContentKind.CaseStudy)
            .SelectMany(x => x.Tags.Select(t => (Slug: SitePaths.TagSlug(t), Tag: t, x.Item)))
            .GroupBy(x => x.Slug, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in tagged)
        {
            var tag = group.Select(x => x.Tag).Order(StringComparer.Ordinal).First();
            var from = SitePaths.Tag(Language, tag);
            var title = views.T("tags.title").Replace("{0}", tag, StringComparison.Ordinal);
            var items = group.Select(x => x.Item).DistinctBy(i => i.Uid).ToList();
            var page = views.Base("tag", from, title, "", l => SitePaths.Tag(l, tag)) with
            {
                Breadcrumbs = views.Breadcrumbs(from, (title, from)),
                Guides = [.. items.Where(i => i.Kind == ContentKind.Guide).OrderBy(i => views.TitleOf(i), StringComparer.Ordinal).Select(g => views.GuideCard(g, from))],
                CaseStudies = [.. items.Where(i => i.Kind == ContentKind.CaseStudy).OrderBy(i => views.TitleOf(i), StringComparer.Ordinal).Select(c => views.CaseStudyCard(c, from))],
            };
            yield return new ComposedPage(from, page, views.Site(from));
        }
    }

    public ComposedPage Hub(Hub hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var from = SitePaths.Hub(Language, hub.Id);
        var view = views.HubView(hub, from);
        var sections = Catalog.Sections.Where(s => Catalog.HubOf(s.Id)?.Id == hub.Id).ToList();
        var ids = sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var page = views.Base("hub", from, view.Name, hub.Host, l => SitePaths.Hub(l, hub.Id)) with
        {
            Breadcrumbs = views.Breadcrumbs(from, (view.Name, from)),
            Hub = view,
            Sections = [.. sections.Select(s => views.SectionCard(s, from))],
            Guides = [.. sections.SelectMany(s => Catalog.GuidesOf(s.Id)).Select(g => views.GuideCard(g, from))],
            CaseStudies = [.. Catalog.CaseStudies.Where(c => c.FrontMatter.Themes.Any(t => ids.Contains(t.Value))).Select(c => views.CaseStudyCard(c, from))],
            TranslationStatus = TranslationStatusOf(ids, from),
            TranslationStatusUrl = views.HasStatusPage ? views.Link(from, SitePaths.TranslationStatus) : null,
        };
        return new ComposedPage(from, page, views.Site(from));
    }

    /// <summary>The site root: a choice of language, redirecting by the browser's language when it can.</summary>
    public ComposedPage LanguageChoice(IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        const string from = SitePaths.IndexFile;
        var title = Catalog.Settings.Title.Get(Language, Catalog.Settings.DefaultLanguage);
        var page = views.Base("language-choice", from, title, views.T("languages.choose"), _ => from) with
        {
            Languages = [.. languages.Select(l => new LanguageLink(l, ViewFactory.LanguageName(l), views.Link(from, SitePaths.Home(l)), l == Language, true)
            {
                Prompt = views.TIn(l, "languages.choose"),
            })],
        };
        return new ComposedPage(from, page, views.Site(from));
    }

    /// <summary>For each language but the default, how many of the hub's guides and case studies are translated, and
    /// which are not (with the blocks changed since an outdated translation, when the history knows).</summary>
    private List<TranslationStatusRow> TranslationStatusOf(HashSet<string> sectionIds, string from)
    {
        var texts = new StatusPageHtml(views.T);
        var items = Catalog.Guides.Where(g => sectionIds.Contains(g.SectionId!))
            .Concat(Catalog.CaseStudies.Where(c => c.FrontMatter.Themes.Any(t => sectionIds.Contains(t.Value))))
            .ToList();
        return [.. Catalog.Settings.Languages.Where(l => l != Catalog.Settings.DefaultLanguage).Select(l =>
        {
            var localized = items.Select(i => Catalog.Localize(i, l)).ToList();
            // The closest to done first: an outdated translation needs a few blocks, an untranslated one a whole text.
            var needing = localized.Where(i => i.Status != TranslationStatus.Current).OrderBy(i => NeedsOrder(i.Status)).ToList();
            var statuses = localized.Select(i => i.Status).ToList();
            return new TranslationStatusRow(l, views.LanguageNameHere(l),
                statuses.Count(s => s == TranslationStatus.Current),
                statuses.Count(s => s == TranslationStatus.Outdated),
                statuses.Count(s => s is TranslationStatus.Missing or TranslationStatus.Untranslated))
            {
                Items = [.. needing.Take(NeedsListed).Select(i =>
                {
                    var status = new TranslationState(i.Status, null).StatusName;
                    return new TranslationItemView(views.TitleOf(i.Source), views.Link(from, SitePaths.Of(i.Source, l)), status,
                        texts.StatusText(status, views.Changes.Find(i.Source.Uid, l)?.Counts));
                })],
                More = Math.Max(0, needing.Count - NeedsListed),
            };
        })];
    }

    private static int NeedsOrder(TranslationStatus status) => status switch
    {
        TranslationStatus.Outdated => 0,
        TranslationStatus.Untranslated => 1,
        _ => 2,
    };

    /// <summary>The 404 page is served from any depth, so its links are written from the site root.</summary>
    /// <summary>The 404 page of this language, <c>&lt;lang&gt;/404.html</c>.</summary>
    public ComposedPage NotFound()
    {
        var from = SitePaths.NotFound(Language);
        var page = views.Base("404", from, views.T("notfound.title"), views.T("notfound.text"), SitePaths.NotFound) with
        {
            Sections = [.. Catalog.Sections.Select(s => views.SectionCard(s, from))],
        };
        return new ComposedPage(from, page, views.Site(from));
    }

    /// <summary>The root 404.html: the message in every language, each with its home page; notfound.js keeps the one of
    /// the missing path's language, and without script all are shown.</summary>
    public ComposedPage NotFoundRoot(IReadOnlyList<ViewFactory> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        const string from = "404.html";
        var page = views.Base("404-root", from, views.T("notfound.title"), "", SitePaths.NotFound) with
        {
            NotFound = [.. languages.Select(l => new NotFoundNotice(l.Language, ViewFactory.LanguageName(l.Language), l.T("notfound.title"),
                l.T("notfound.text"), l.T("notfound.home"), l.Link(from, SitePaths.Home(l.Language))))],
        };
        return new ComposedPage(from, page, views.Site(from));
    }
}
