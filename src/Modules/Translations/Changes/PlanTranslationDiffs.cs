using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.FrontMatter;

namespace StatiqGuides.Modules.Translations.Changes;

/// <summary>Lists every outdated translation with its source, for <see cref="DiffTranslation"/>.</summary>
/// <remarks>The source is the item as read from <paramref name="content"/>, with its body: the site build's catalog keeps none.</remarks>
public sealed class PlanTranslationDiffs(Output<SiteCatalog> catalog, Output<IReadOnlyList<ParsedContent>> content)
    : PipelineModule<NoInput, IReadOnlyList<TranslationPair>>(catalog, content)
{
    public override ValueTask<IReadOnlyList<TranslationPair>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Read(catalog);
        var read = ParsedContent.ItemsByPath(context.Read(content));
        var languages = site.Settings.Languages.Where(l => l != site.Settings.DefaultLanguage).ToList();
        var pairs = site.Items
            .SelectMany(source => languages.Select(l => site.Localize(source, l)))
            .Where(l => l.Status == TranslationStatus.Outdated && l.Translation is not null)
            .Select(l => new TranslationPair(read[l.Source.FullPath], l.Translation!))
            .ToList();
        return ValueTask.FromResult<IReadOnlyList<TranslationPair>>(pairs);
    }
}
