using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Pages;

/// <summary>Lists the printable pages to compose: for each section and carried language, one <see cref="PrintJob"/> per
/// part (<see cref="ListingPageViews.PrintPagesOf"/>), with the renderings of the part's guides.</summary>
/// <remarks>Apart from <see cref="PlanPages"/> so that the pages a reader waits for after a save are laid out without
/// them: a printable page nests a whole part of a section, and in <c>serve</c> it follows with the search index.</remarks>
public sealed class PlanPrintPages(Output<SiteCatalog> catalog, Output<IReadOnlyList<RenderedContent>> markdown)
    : PipelineModule<NoInput, IReadOnlyList<PrintJob>>(catalog, markdown)
{
    public override ValueTask<IReadOnlyList<PrintJob>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Read(catalog);
        var byPage = context.Read(markdown).ToDictionary(r => (r.Item.Uid, r.Language));
        var jobs = new List<PrintJob>();
        foreach (var language in site.Settings.Languages.Where(context.Options.Carries))
        {
            foreach (var section in site.Sections)
            {
                var guides = site.GuidesOf(section.Id).Select(g => byPage[(g.Uid, language)]).ToList();
                var parts = ListingPageViews.PrintPagesOf(guides.Count);
                jobs.AddRange(Enumerable.Range(1, parts).Select(part =>
                    new PrintJob(language, section.Id, part, guides[ListingPageViews.PrintPart(guides.Count, part)])));
            }
        }
        return ValueTask.FromResult<IReadOnlyList<PrintJob>>(jobs);
    }
}
