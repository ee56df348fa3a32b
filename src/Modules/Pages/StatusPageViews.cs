using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Translations;
using StatiqGuides.Modules.Translations.Status;

namespace StatiqGuides.Modules.Pages;

/// <summary>The site's translation status page, <c>/translation-status/</c>: the <c>translations</c> report of every
/// language, written by <see cref="StatusPageHtml"/> as <c>translations --format html</c> is, inside the theme's layout.
/// For translators and hubs: not in the search index, the sitemap or search engines (<c>noindex</c>).</summary>
public sealed class StatusPageViews(ViewFactory views, string inputDirectory)
{
    public ComposedPage Page()
    {
        const string from = SitePaths.TranslationStatus;
        var catalog = views.Catalog;
        var repository = new RepositoryLinks(catalog.Settings.Repository, inputDirectory);
        var report = TranslationReport.Build(catalog, repository.PathOf, changes: (source, translation) => views.Changes.Find(source.Uid, translation.Language)?.Counts);
        var page = new StatusPageBuilder(catalog, views.Language, to => views.Link(from, to), views.LanguageNameHere, repository, views.T).Build(report);
        var title = views.T("status.title");
        var view = views.Base("translation-status", from, title, "") with
        {
            Breadcrumbs = views.Breadcrumbs(from, (title, from)),
            Content = new StatusPageHtml(views.T).Body(page),
            // One page for every language: no language versions to switch to or announce.
            Alternates = [],
            Languages = [],
        };
        return new ComposedPage(from, view, views.Site(from));
    }
}
