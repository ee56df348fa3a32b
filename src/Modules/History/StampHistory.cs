using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.History;

/// <summary>Stamps the input folder's git history (<see cref="HistoryStamp"/>), which <see cref="ReadHistory"/> takes as
/// its input. Runs every build: a couple of quick git invocations.</summary>
public sealed class StampHistory : PipelineModule<NoInput, HistoryStamp>
{
    public override ValueTask<HistoryStamp> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(HistoryStamp.Of(context.Options.InputDirectory));
    }
}
