using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Catalog;

/// <summary>Checks that every uid and section named in front matter exists and is of the right kind.</summary>
public static class ReferenceChecks
{
    public static void Run(SiteCatalog catalog, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var item in catalog.Items.Concat(catalog.Translations))
        {
            var frontMatter = item.FrontMatter;
            foreach (var uid in frontMatter.CaseStudies.Where(u => catalog.Find(u.Value)?.Kind != ContentKind.CaseStudy))
            {
                diagnostics.Report(DiagnosticCodes.UnknownCaseStudy, uid.Location, uid.Value);
            }
            foreach (var uid in frontMatter.Related.Where(u => catalog.Find(u.Value)?.Kind != ContentKind.Guide))
            {
                diagnostics.Report(DiagnosticCodes.UnknownGuide, uid.Location, uid.Value);
            }
            foreach (var theme in frontMatter.Themes.Where(t => catalog.FindSection(t.Value) is null))
            {
                diagnostics.Report(DiagnosticCodes.UnknownSection, theme.Location, theme.Value);
            }
        }
    }
}
