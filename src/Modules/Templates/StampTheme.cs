using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;

namespace StatiqGuides.Modules.Templates;

/// <summary>Stamps the theme folder (<see cref="ThemeStamp"/>), which <see cref="ParseTemplates"/> takes as its input.</summary>
public sealed class StampTheme : PipelineModule<NoInput, ThemeStamp>
{
    public override ValueTask<ThemeStamp> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        // A refused theme folder (SourceRoots) could be a link to '/': it is not walked, and only the built-in theme is used.
        return ValueTask.FromResult(SourceRoots.Allowed(options.ThemeDirectory, options) ? ThemeStamp.Of(options.ThemeDirectory) : new ThemeStamp([]));
    }
}
