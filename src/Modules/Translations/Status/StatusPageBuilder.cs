using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.Translations.Status;

/// <summary>Turns a <see cref="TranslationReport"/> into the <see cref="StatusPage"/> view: items grouped by section in
/// the site's order (pages last), titles and section names in the page's language.</summary>
/// <param name="link">The URL of an output path (<see cref="SitePaths"/>), as the page links it: relative in the site,
/// absolute in the command's standalone file.</param>
/// <param name="languageName">A language's name in the page's language.</param>
public sealed class StatusPageBuilder(SiteCatalog catalog, string language, Func<string, string> link, Func<string, string> languageName,
    RepositoryLinks repository, Func<string, string> t)
{
    public StatusPage Build(TranslationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var defaultLanguage = catalog.Settings.DefaultLanguage;
        var sectionOrder = catalog.Sections.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var groups = report.Items
            .GroupBy(i => i.Section)
            .OrderBy(g => g.Key is { } id && sectionOrder.TryGetValue(id, out var order) ? order : int.MaxValue)
            .ToList();
        var languages = report.Languages.Select(code => new StatusLanguage(code, languageName(code),
            report.Count(code, TranslationStatus.Current), report.Count(code, TranslationStatus.Outdated),
            report.Count(code, TranslationStatus.Missing), report.Count(code, TranslationStatus.Untranslated),
            [.. groups.Select(g => new StatusSection(g.Key, SectionTitle(g.Key, defaultLanguage), [.. g.Select(item => Row(item, code))]))]))
            .ToList();
        return new StatusPage(languages, repository.Exist);
    }

    private string SectionTitle(string? id, string defaultLanguage) =>
        id is not null && catalog.FindSection(id) is { } section ? section.Title.Get(language, defaultLanguage) : t("status.pages");

    private StatusRow Row(TranslationReportItem item, string code)
    {
        var state = item.Translations[code];
        var source = catalog.Find(item.Uid)!;
        var shown = catalog.FindTranslation(item.Uid, language) ?? source;
        var file = catalog.FindTranslation(item.Uid, code) is { } translation ? translation.FullPath : source.FullPath;
        return new StatusRow(item.Uid, shown.Title, state.StatusName, state.Changes, link(SitePaths.Of(source, code)),
            repository.PathOf(file), repository.History(source.FullPath));
    }
}
