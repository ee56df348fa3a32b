using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Catalog;

/// <summary>Checks that every uid and section named in front matter exists and is of the right kind.</summary>
public static class ReferenceChecks
{
    /// <remarks>Withheld files are checked too; a uid of an unreadable file is not reported, its file's diagnostic is the report.</remarks>
    public static void Run(SiteCatalog catalog, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var item in catalog.Items.Concat(catalog.Translations).Concat(catalog.SetAside.Withheld))
        {
            var frontMatter = item.FrontMatter;
            foreach (var uid in frontMatter.CaseStudies.Where(u => !Names(catalog, u.Value, ContentKind.CaseStudy)))
            {
                diagnostics.Report(DiagnosticCodes.UnknownCaseStudy, uid.Location, uid.Value, NearestName.Suggestion(uid.Value, catalog.CaseStudies.Select(c => c.Uid)));
            }
            foreach (var uid in frontMatter.Related.Where(u => !Names(catalog, u.Value, ContentKind.Guide)))
            {
                diagnostics.Report(DiagnosticCodes.UnknownGuide, uid.Location, uid.Value, NearestName.Suggestion(uid.Value, catalog.Guides.Select(g => g.Uid)));
            }
            foreach (var theme in frontMatter.Themes.Where(t => catalog.FindSection(t.Value) is null))
            {
                diagnostics.Report(DiagnosticCodes.UnknownSection, theme.Location, theme.Value, NearestName.Suggestion(theme.Value, catalog.Sections.Select(s => s.Id)));
            }
            if (item.Kind == ContentKind.CaseStudy && !item.IsTranslation && catalog.Hubs.Count > 0
                && !frontMatter.Themes.Any(t => catalog.HubOf(t.Value) is not null))
            {
                diagnostics.Report(DiagnosticCodes.CaseStudyWithoutHub, SourceLocation.StartOf(item.DisplayPath), item.Uid);
            }
        }
    }

    /// <summary>Whether a file of <paramref name="kind"/> has <paramref name="uid"/>: a published one, an unreadable one, or one
    /// withheld because another file has its uid (that duplicate is the report).</summary>
    private static bool Names(SiteCatalog catalog, string uid, ContentKind kind) =>
        catalog.Find(uid)?.Kind == kind || catalog.FindUnreadable(uid)?.Kind == kind
        || catalog.SetAside.Withheld.Any(i => !i.IsTranslation && i.Uid == uid && i.Kind == kind);
}
