using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Templates;

/// <summary>Stamps the theme folder (<see cref="ThemeStamp"/>), which <see cref="LoadTheme"/> takes as its input.</summary>
public sealed class StampTheme : PipelineModule<NoInput, ThemeStamp>
{
    public override ValueTask<ThemeStamp> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(ThemeStamp.Of(context.Options.ThemeDirectory));
    }
}
