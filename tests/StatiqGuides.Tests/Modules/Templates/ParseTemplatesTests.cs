using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.Settings;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Templates;

/// <summary>The theme's templates read no settings: they are parsed while the settings are still being read, and the
/// loaded theme waits for both.</summary>
public sealed class ParseTemplatesTests
{
    [Fact]
    public async Task The_templates_are_parsed_before_the_settings_are_read_and_the_theme_waits_for_the_settings()
    {
        using var site = TestSite.Create();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var engine = new SiteSetup().ConfigurePipelines(s => s.Graph.Replace(s.Settings, new GatedSettings(gate.Task)).Publish()).Freeze(write: false);
        var run = engine.Engine.Start(new BuildContext(site.Options(), new DiagnosticBag()));

        var templates = await run.ReadyAsync(engine.Site.Templates).WaitAsync(TimeSpan.FromSeconds(30));
        var theme = run.ReadyAsync(engine.Site.Theme);

        Assert.Contains("base", templates.Layouts.Keys);
        Assert.False(theme.IsCompleted);
        gate.SetResult();
        Assert.Same(templates.Layouts["base"], (await theme.WaitAsync(TimeSpan.FromSeconds(30))).Layouts["base"]);
        await run.Completion.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private sealed class GatedSettings(Task gate) : PipelineModule<NoInput, SiteConfiguration>
    {
        public override async ValueTask<SiteConfiguration> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
        {
            await gate.ConfigureAwait(false);
            return await new ReadSettings().ExecuteAsync(input, context, cancellationToken).ConfigureAwait(false);
        }
    }
}
