using StatiqGuides.Core.Caching;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Templates;

/// <summary>Reads and parses every layout and partial of the theme (<see cref="ThemeReader.ReadTemplates"/>): the built-in
/// theme under the site's theme folder, which need not exist. Reads no other output, so it runs from the start of a build.</summary>
public sealed class ParseTemplates(TemplateLanguage language) : PipelineModule<ThemeStamp, ThemeTemplates>
{
    public override ValueTask<ThemeTemplates> ExecuteAsync(ThemeStamp input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var identity = new ContentHasher().Hash(input, context.Options.StrictTemplates);
        return ValueTask.FromResult(ThemeReader.ReadTemplates(identity, input, context, language));
    }
}
