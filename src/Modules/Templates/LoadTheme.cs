using StatiqGuides.Core.Caching;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Templates;

/// <summary>Makes the loaded theme from its parsed templates (<see cref="ParseTemplates"/>) and the site's settings
/// (<see cref="ThemeReader.Read"/>): the template options, the UI strings of each site language, the country names and
/// the assets.</summary>
public sealed class LoadTheme(Output<SiteConfiguration> settings, TemplateLanguage language) : PipelineModule<ThemeTemplates, Theme>(settings)
{
    public override ValueTask<Theme> ExecuteAsync(ThemeTemplates input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Read(settings).Settings;
        var identity = new ContentHasher().Hash(input.Stamp, site.Languages, site.DefaultLanguage, context.Options.StrictTemplates);
        return ValueTask.FromResult(ThemeReader.Read(identity, input, site, context, language));
    }
}
