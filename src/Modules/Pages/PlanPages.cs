using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Pages;

/// <summary>Lists the pages to compose: every rendered page, each carried language's listings and section print pages,
/// and the root pages.</summary>
/// <remarks>Every language is rendered, so a bundle reports what build reports; only the carried ones become pages.</remarks>
public sealed class PlanPages(Output<SiteCatalog> catalog, Output<IReadOnlyList<RenderedContent>> markdown)
    : PipelineModule<NoInput, IReadOnlyList<PageJob>>(catalog, markdown)
{
    public override ValueTask<IReadOnlyList<PageJob>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Read(catalog);
        var rendered = context.Read(markdown);
        var carried = site.Settings.Languages.Where(context.Options.Carries).ToList();
        var byPage = rendered.ToDictionary(r => (r.Item.Uid, r.Language));
        var jobs = new List<PageJob>(rendered.Where(r => context.Options.Carries(r.Language)).Select(r => new ContentPageJob(r)));
        foreach (var language in carried)
        {
            jobs.Add(new ListingsJob(language));
            jobs.AddRange(site.Sections.Select(s => new PrintJob(language, s.Id, [.. site.GuidesOf(s.Id).Select(g => byPage[(g.Uid, language)])])));
        }
        // In a one-language bundle the root page speaks the bundle's language, whose pages it links offline.
        jobs.Add(new RootJob(carried.Contains(site.Settings.DefaultLanguage) ? site.Settings.DefaultLanguage : carried.FirstOrDefault() ?? site.Settings.DefaultLanguage));
        return ValueTask.FromResult<IReadOnlyList<PageJob>>(jobs);
    }
}
