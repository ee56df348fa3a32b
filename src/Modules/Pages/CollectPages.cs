using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Pages;

/// <summary>Joins the composed pages into one list, in ordinal order of destination.</summary>
public sealed class CollectPages : PipelineModule<IReadOnlyList<PageSet>, IReadOnlyList<ComposedPage>>
{
    public override ValueTask<IReadOnlyList<ComposedPage>> ExecuteAsync(IReadOnlyList<PageSet> input, BuildContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ValueTask.FromResult<IReadOnlyList<ComposedPage>>(InDestinationOrder(input.SelectMany(s => s.Pages)));
    }

    /// <summary>The pages as one list, in ordinal order of destination.</summary>
    internal static List<ComposedPage> InDestinationOrder(IEnumerable<ComposedPage> pages)
    {
        var list = pages.ToList();
        list.Sort((a, b) => string.CompareOrdinal(a.Destination, b.Destination));
        return list;
    }
}
