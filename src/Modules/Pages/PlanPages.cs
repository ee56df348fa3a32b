using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Translations.Changes;

namespace StatiqGuides.Modules.Pages;

/// <summary>Lists the pages a reader opens after a save: every rendered page and each carried language's listings, each
/// with the translation status and changes it shows (<see cref="PageJob"/>). The hub and root pages, which show every
/// translation's status, are planned apart (<see cref="PlanStatusPages"/>), and so are the section print pages
/// (<see cref="PlanPrintPages"/>).</summary>
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
        var jobs = new List<PageJob>(rendered.Where(r => context.Options.Carries(r.Language)).Select(r => Kept(new ContentPageJob(r, translated.Find(r.Item.Uid, r.Language)))));
        jobs.AddRange(site.Settings.Languages.Where(context.Options.Carries).Select(language => new ListingsJob(language)));
        return ValueTask.FromResult<IReadOnlyList<PageJob>>(jobs);

        // In a session, a page whose body and change did not change is planned as the same object as in the last build:
        // its composition's key is looked up, not hashed again.
        ContentPageJob Kept(ContentPageJob job) => context.Cache?.Keep(nameof(ContentPageJob), job.Body.Destination, job) ?? job;
    }
}
