using StatiqGuides.Core.Caching;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Templates;

/// <summary>Reads the theme once (<see cref="ThemeReader"/>: the built-in theme under the site's theme folder, which need
/// not exist): parses every layout and partial, loads the UI strings of each site language and lists the assets.</summary>
public sealed class LoadTheme(Output<SiteConfiguration> settings, TemplateLanguage language) : PipelineModule<ThemeStamp, Theme>(settings)
{
    public override ValueTask<Theme> ExecuteAsync(ThemeStamp input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Read(settings).Settings;
        var identity = new ContentHasher().Hash(input, site.Languages, site.DefaultLanguage, context.Options.StrictTemplates);
        return ValueTask.FromResult(ThemeReader.Read(identity, site, context, language));
    }
}
