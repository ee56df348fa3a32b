using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Settings;

/// <summary>Every text written per language (site title, hub names, section titles and summaries) has an entry for
/// every language of the site: one warning per missing item, so a new language's to-do list is complete.</summary>
public static class LanguageCoverage
{
    public static void Check(SiteConfiguration configuration, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var settings = configuration.Settings;
        void Require(LocalizedText text, string what, SourceLocation location)
        {
            foreach (var language in settings.Languages.Where(l => !text.Has(l)))
            {
                diagnostics.Report(DiagnosticCodes.MissingLanguageText, location, what, language, settings.DefaultLanguage);
            }
        }
        Require(settings.Title, "site.yml 'title'", SourceLocation.StartOf(settings.SourcePath));
        foreach (var hub in configuration.Hubs)
        {
            Require(hub.Name, $"hub '{hub.Id}' 'name'", hub.Declaration.Location);
        }
        foreach (var section in configuration.Sections)
        {
            Require(section.Title, $"section '{section.Id}' 'title'", SourceLocation.StartOf(section.SourcePath));
            Require(section.Summary, $"section '{section.Id}' 'summary'", SourceLocation.StartOf(section.SourcePath));
        }
    }
}
