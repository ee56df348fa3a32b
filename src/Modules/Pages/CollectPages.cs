using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Pages;

/// <summary>Joins the composed pages into one list, in ordinal order of destination.</summary>
public sealed class CollectPages : PipelineModule<IReadOnlyList<PageSet>, IReadOnlyList<ComposedPage>>
{
    public override ValueTask<IReadOnlyList<ComposedPage>> ExecuteAsync(IReadOnlyList<PageSet> input, BuildContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var pages = input.SelectMany(s => s.Pages).ToList();
        pages.Sort((a, b) => string.CompareOrdinal(a.Destination, b.Destination));
        return ValueTask.FromResult<IReadOnlyList<ComposedPage>>(pages);
    }
}
