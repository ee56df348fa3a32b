using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Translations.Changes;

namespace StatiqGuides.Modules.Pages;

/// <summary>Lists the pages to compose: every rendered page, each carried language's listings and hub pages, and the root
/// pages, each with the translation statuses and changes it shows (<see cref="PageJob"/>). The section print pages are
/// planned apart (<see cref="PlanPrintPages"/>).</summary>
/// <remarks>Every language is rendered, so a bundle reports what build reports; only the carried ones become pages.</remarks>
public sealed class PlanPages(Output<SiteCatalog> catalog, Output<IReadOnlyList<RenderedContent>> markdown, Output<TranslationChanges> changes)
    : PipelineModule<NoInput, IReadOnlyList<PageJob>>(catalog, markdown, changes)
{
    public override ValueTask<IReadOnlyList<PageJob>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Read(catalog);
        var rendered = context.Read(markdown);
        var translated = context.Read(changes);
        var carried = site.Settings.Languages.Where(context.Options.Carries).ToList();
        var jobs = new List<PageJob>(rendered.Where(r => context.Options.Carries(r.Language)).Select(r => new ContentPageJob(r, translated.Find(r.Item.Uid, r.Language))));
        foreach (var language in carried)
        {
            jobs.Add(new ListingsJob(language));
            jobs.Add(new HubsJob(language, site.StatusStamp, translated));
        }
        // In a one-language bundle the root page speaks the bundle's language, whose pages it links offline.
        var rootLanguage = carried.Contains(site.Settings.DefaultLanguage) ? site.Settings.DefaultLanguage : carried.FirstOrDefault() ?? site.Settings.DefaultLanguage;
        jobs.Add(new RootJob(rootLanguage, site.StatusStamp, translated));
        return ValueTask.FromResult<IReadOnlyList<PageJob>>(jobs);
    }
}
