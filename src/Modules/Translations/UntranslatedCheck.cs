using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Translations;

/// <summary>Warns about translation files whose body is still the source text (SG0700): a <c>new translation</c>
/// scaffold committed before it was translated would otherwise count as current.</summary>
public static class UntranslatedCheck
{
    public static void Run(SiteCatalog catalog, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var translation in catalog.Translations.OrderBy(t => t.DisplayPath, StringComparer.Ordinal))
        {
            if (catalog.IsStillSource(translation.Uid, translation.Language))
            {
                diagnostics.Report(DiagnosticCodes.UntranslatedTranslation, new SourceLocation(translation.DisplayPath, translation.BodyLineOffset + 1, 1),
                    translation.Language, translation.Uid);
            }
        }
    }
}
