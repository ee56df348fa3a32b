using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Translations.Changes;

/// <summary>Joins the diffs of outdated translations into one look-up.</summary>
public sealed class CollectTranslationChanges : PipelineModule<IReadOnlyList<TranslationChange>, TranslationChanges>
{
    public override ValueTask<TranslationChanges> ExecuteAsync(IReadOnlyList<TranslationChange> input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ValueTask.FromResult(new TranslationChanges(input));
    }
}
