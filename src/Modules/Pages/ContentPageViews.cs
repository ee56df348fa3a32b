using System.Globalization;
using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Templates.Views;
using StatiqGuides.Modules.Translations.Status;

namespace StatiqGuides.Modules.Pages;

/// <summary>The views of pages rendered from Markdown: guides, case studies, plain pages, and the pages of a kind a host
/// registered.</summary>
public sealed class ContentPageViews(ViewFactory views, CitationIndex citations, RelatedGuides related, string inputDirectory)
{
    public ComposedPage Guide(RenderedContent body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var item = body.Item;
        var from = body.Destination;
        var catalog = views.Catalog;
        var section = catalog.FindSection(item.SectionId!)!;
        var page = Content(body, "guide") with
        {
            Breadcrumbs = views.Breadcrumbs(from,
                (views.SectionTitle(section), SitePaths.Section(views.Language, section.Id)),
                (views.TitleOf(item), from)),
            Hub = views.HubOfSection(section.Id, from),
            CaseStudies = [.. CitationIndex.CitedBy(item, body, catalog).Select(uid => views.CaseStudyCard(catalog.Find(uid)!, from))],
            Related = [.. related.For(item).Select(g => views.GuideCard(g, from))],
            Sources = SourceLink.ListOf(item, views.Language, catalog.Settings.DefaultLanguage),
        };
        return new ComposedPage(from, page, views.Site(from, section.Id)) { Indexed = item.Kind.Indexed };
    }

    public ComposedPage CaseStudy(RenderedContent body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var item = body.Item;
        var from = body.Destination;
        var catalog = views.Catalog;
        var citing = citations.GuidesCiting(item.Uid);
        var groups = catalog.Sections
            .Select(s => new CardGroup(s.Id, views.SectionTitle(s),
                [.. citing.Where(g => g.SectionId == s.Id).OrderBy(g => views.TitleOf(g), StringComparer.Ordinal).Select(g => views.GuideCard(g, from))]))
            .Where(g => g.Cards.Count > 0)
            .ToList();
        var frontMatter = item.FrontMatter;
        var page = Content(body, "case-study") with
        {
            Breadcrumbs = views.Breadcrumbs(from,
                (views.T("nav.case_studies"), SitePaths.CaseStudyIndex(views.Language)),
                (views.TitleOf(item), from)),
            Groups = groups,
            Facts = new CaseStudyFacts(
                frontMatter.Parliament ?? "",
                frontMatter.Country?.Value ?? "",
                views.CountryName(frontMatter.Country?.Value),
                frontMatter.Region ?? "",
                frontMatter.Year ?? 0,
                [.. frontMatter.Themes.Select(t => catalog.FindSection(t.Value)).OfType<Section>()
                    .Select(s => new NavLink(views.SectionTitle(s), views.Link(from, SitePaths.Section(views.Language, s.Id))))],
                frontMatter.Links),
        };
        return new ComposedPage(from, page, views.Site(from)) { Indexed = item.Kind.Indexed };
    }

    public ComposedPage Plain(RenderedContent body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var from = body.Destination;
        var page = Content(body, "page") with
        {
            Breadcrumbs = views.Breadcrumbs(from, (views.TitleOf(body.Item), from)),
        };
        if (body.Item.Slug == ViewFactory.DownloadsPageSlug)
        {
            var rows = views.DownloadRows(from);
            page = page with
            {
                Layout = "downloads",
                Downloads = rows,
                DownloadsNote = rows.Count > 0 ? null : views.T(views.IsOffline ? "offline.downloads_online" : "offline.downloads_none"),
            };
            // A table of files: nothing a reader searches for.
            return new ComposedPage(from, page, views.Site(from));
        }
        return new ComposedPage(from, page, views.Site(from)) { Indexed = body.Item.Kind.Indexed };
    }

    /// <summary>The page of a registered kind's item: its kind's layout, its own keys as <see cref="PageView.Fields"/>,
    /// and, when the kind is listed, its listing in the breadcrumbs.</summary>
    public ComposedPage Registered(RenderedContent body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var item = body.Item;
        var kind = item.Kind;
        var from = body.Destination;
        var page = Content(body, kind.Layout) with
        {
            Breadcrumbs = kind.ListingTitleKey is { } listing
                ? views.Breadcrumbs(from, (views.T(listing), kind.ListingPath(views.Language)), (views.TitleOf(item), from))
                : views.Breadcrumbs(from, (views.TitleOf(item), from)),
            Tags = [],
            Fields = item.FrontMatter.Fields.ToDictionary(f => f.Key, f => f.Value is DateOnly date ? views.FormatDate(date) : f.Value, StringComparer.Ordinal),
        };
        return new ComposedPage(from, page, views.Site(from)) { Indexed = kind.Indexed };
    }

    private PageView Content(RenderedContent body, string layout)
    {
        var item = body.Item;
        var source = body.Localized.Source;
        var frontMatter = item.FrontMatter;
        var catalog = views.Catalog;
        return views.Base(layout, body.Destination, item.Title, item.Summary, l => SitePaths.Of(source, l),
            l => catalog.Localize(source, l).Status != TranslationStatus.Missing) with
        {
            ContentLanguage = body.Localized.IsFallback ? catalog.Settings.DefaultLanguage : views.Language,
            Notice = Notice(body),
            ContentText = body.HtmlText,
            Toc = body.Toc,
            UpdatedIso = frontMatter.Updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            UpdatedText = frontMatter.Updated is { } updated ? views.FormatDate(updated) : null,
            EditUrl = EditUrl(item),
            Authors = frontMatter.Authors,
            Tags = [.. frontMatter.Tags.Select(t => views.TagLink(t, body.Destination))],
            Extra = frontMatter.Extra,
        };
    }

    private NoticeView? Notice(RenderedContent body)
    {
        var catalog = views.Catalog;
        var defaultLanguage = catalog.Settings.DefaultLanguage;
        switch (body.Localized.Status)
        {
            case TranslationStatus.Missing:
            case TranslationStatus.Untranslated:
                // The contribute page, unless it is the page being read: its own notice then points to the repository.
                var contribute = catalog.Find("contribute") is { } page && page.Kind == ContentKind.Page && page.Uid != body.Item.Uid
                    ? views.Link(body.Destination, SitePaths.Of(page, views.Language))
                    : catalog.Settings.Repository ?? views.Link(body.Destination, SitePaths.Home(views.Language));
                return new NoticeView("fallback",
                    views.T("notice.fallback").Replace("{0}", views.LanguageNameHere(defaultLanguage), StringComparison.Ordinal),
                    views.T("notice.contribute"), contribute);
            case TranslationStatus.Outdated:
                var source = views.Link(body.Destination, SitePaths.Of(body.Localized.Source, defaultLanguage));
                var changed = views.Changes.Find(body.Item.Uid, views.Language)?.Sections ?? [];
                return new NoticeView("outdated", views.T(changed.Count > 0 ? "notice.outdated_sections" : "notice.outdated"),
                    views.T("notice.read_source"), source, defaultLanguage)
                {
                    // The text before a section's first heading is the page's own: it links to the page's top.
                    Sections = [.. changed.Select(s => new NavLink(s.Title, s.HeadingId is { } id ? source + "#" + Uri.EscapeDataString(id) : source))],
                    SectionsText = changed.Count > 0 ? views.T("notice.changed_sections") : "",
                };
            default:
                return null;
        }
    }

    private string? EditUrl(ContentItem item) => new RepositoryLinks(views.Catalog.Settings.Repository, inputDirectory).Edit(item.FullPath);
}
