using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Templates;

/// <summary>The HTML files of the pages whose templates did not fail, in page order.</summary>
public sealed class CollectLaidOut : PipelineModule<IReadOnlyList<LaidOutPage>, IReadOnlyList<OutputFile>>
{
    public override ValueTask<IReadOnlyList<OutputFile>> ExecuteAsync(IReadOnlyList<LaidOutPage> input, BuildContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ValueTask.FromResult<IReadOnlyList<OutputFile>>([.. LaidOutPage.FilesOf(input)]);
    }
}

/// <summary>The HTML files of each job's pages (<see cref="LayOutComposed{TJob}"/>) whose templates did not fail, in job order.</summary>
public sealed class CollectLaidOutSets : PipelineModule<IReadOnlyList<IReadOnlyList<LaidOutPage>>, IReadOnlyList<OutputFile>>
{
    public override ValueTask<IReadOnlyList<OutputFile>> ExecuteAsync(IReadOnlyList<IReadOnlyList<LaidOutPage>> input, BuildContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ValueTask.FromResult<IReadOnlyList<OutputFile>>([.. LaidOutPage.FilesOf(input.SelectMany(set => set))]);
    }
}
