using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Bundles;

namespace StatiqGuides.Modules.Pages;

/// <summary>Reads the editions index that <c>bundle</c> wrote into output/downloads/, which build keeps (WriteSite).</summary>
public sealed class ReadDownloads : PipelineModule<NoInput, Downloads>
{
    public override ValueTask<Downloads> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(new Downloads(context.Options.Offline is null
            ? DownloadsIndex.Read(Path.Combine(context.Options.OutputDirectory, DownloadsIndex.SiteFolder))
            : null));
    }
}
