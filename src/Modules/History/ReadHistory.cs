using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.History;

/// <summary>Opens the input folder's git history once per build (once per <see cref="HistoryStamp"/> in a build session):
/// the <see cref="SiteHistory"/> that dates and translation diffs read. No history is a value, not a diagnostic: each
/// reader says what it does without one.</summary>
public sealed class ReadHistory : PipelineModule<HistoryStamp, SiteHistory>
{
    public override ValueTask<SiteHistory> ExecuteAsync(HistoryStamp input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var history = input.Head is null ? null : GitHistory.Open(context.Options.InputDirectory);
        return ValueTask.FromResult(new SiteHistory(input, history, context.Options.InputDirectory));
    }
}
