using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Warns of case studies no guide cites, and of guides citing a case study outside their section's
/// themes. Citations count through <c>case_studies:</c> and body xrefs of the default-language pages.
/// Passes documents through.</summary>
public sealed class CheckCitations(Output<SiteCatalog> site) : PipelineModule<IReadOnlyList<RenderedContent>, IReadOnlyList<RenderedContent>>(site)
{
    public override ValueTask<IReadOnlyList<RenderedContent>> ExecuteAsync(
        IReadOnlyList<RenderedContent> input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var catalog = context.Read(site);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        var guides = input
            .Where(r => r.Localized.Status == TranslationStatus.Source && r.Item.Kind == ContentKind.Guide);
        foreach (var guide in guides)
        {
            var citations = guide.Item.FrontMatter.CaseStudies.Concat(guide.Xrefs)
                .Where(c => catalog.Find(c.Value)?.Kind == ContentKind.CaseStudy)
                .DistinctBy(c => c.Value);
            foreach (var citation in citations)
            {
                cited.Add(citation.Value);
                var study = catalog.Find(citation.Value)!;
                if (study.FrontMatter.Themes.Count > 0 && study.FrontMatter.Themes.All(t => t.Value != guide.Item.SectionId))
                {
                    context.Diagnostics.Report(DiagnosticCodes.CaseStudyOutsideSection, citation.Location, citation.Value, guide.Item.SectionId);
                }
            }
        }
        // A withheld guide still cites; an unreadable one may cite anything, so nothing can be said to be uncited.
        cited.UnionWith(catalog.SetAside.Withheld.Where(i => i.Kind == ContentKind.Guide).SelectMany(i => i.FrontMatter.CaseStudies).Select(c => c.Value));
        var citedUnknown = catalog.SetAside.Unreadable.Any(i => i.Kind == ContentKind.Guide && !i.IsTranslation);
        foreach (var study in catalog.CaseStudies.Where(c => !citedUnknown && !cited.Contains(c.Uid)))
        {
            context.Diagnostics.Report(DiagnosticCodes.UncitedCaseStudy, SourceLocation.StartOf(study.DisplayPath), study.Uid);
        }
        return ValueTask.FromResult(input);
    }
}
