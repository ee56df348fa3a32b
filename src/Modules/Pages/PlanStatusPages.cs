using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Translations.Changes;

namespace StatiqGuides.Modules.Pages;

/// <summary>Lists the pages that show every translation's status: each carried language's hub pages, and the root pages
/// (the language choice, the translation status page, the 404 pages).</summary>
/// <remarks>Planned apart from <see cref="PlanPages"/> because a save to a source changes statuses and changes site-wide:
/// in <c>serve</c> these follow the pages the reader waits for, as the print pages and the search index do.</remarks>
public sealed class PlanStatusPages(Output<SiteCatalog> catalog, Output<TranslationChanges> changes)
    : PipelineModule<NoInput, IReadOnlyList<PageJob>>(catalog, changes)
{
    public override ValueTask<IReadOnlyList<PageJob>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Read(catalog);
        var translated = context.Read(changes);
        var carried = site.Settings.Languages.Where(context.Options.Carries).ToList();
        var jobs = new List<PageJob>(carried.Select(language => new HubsJob(language, site.StatusStamp, translated)));
        // In a one-language bundle the root page speaks the bundle's language, whose pages it links offline.
        var rootLanguage = carried.Contains(site.Settings.DefaultLanguage) ? site.Settings.DefaultLanguage : carried.FirstOrDefault() ?? site.Settings.DefaultLanguage;
        jobs.Add(new RootJob(rootLanguage, site.StatusStamp, translated));
        return ValueTask.FromResult<IReadOnlyList<PageJob>>(jobs);
    }
}
