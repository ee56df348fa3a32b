using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Translations.Changes;

/// <summary>Lists every outdated translation with its source, for <see cref="DiffTranslation"/>.</summary>
public sealed class PlanTranslationDiffs(Output<SiteCatalog> catalog) : PipelineModule<NoInput, IReadOnlyList<TranslationPair>>(catalog)
{
    public override ValueTask<IReadOnlyList<TranslationPair>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Read(catalog);
        var languages = site.Settings.Languages.Where(l => l != site.Settings.DefaultLanguage).ToList();
        var pairs = site.Items
            .SelectMany(source => languages.Select(l => site.Localize(source, l)))
            .Where(l => l.Status == TranslationStatus.Outdated && l.Translation is not null)
            .Select(l => new TranslationPair(l.Source, l.Translation!))
            .ToList();
        return ValueTask.FromResult<IReadOnlyList<TranslationPair>>(pairs);
    }
}
