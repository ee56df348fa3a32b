using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.FrontMatter;

/// <summary>Turns each split source file into a <see cref="ContentItem"/>; drafts are dropped unless asked for.</summary>
/// <remarks>A file with broken YAML is reported and passed on as an <see cref="UnreadableSource"/>; every other file is
/// still built. Cached, an unchanged file keeps the item parsed last time.</remarks>
public sealed class ParseFrontMatter(Output<SiteConfiguration> settings) : EachModule<SourceRead, ParsedContent>(settings)
{
    public override ParsedContent Process(SourceRead item, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        return item.Text is null ? new ParsedContent(item.Unreadable) : Parse(item.Text, context, context.Diagnostics);
    }

    /// <returns>The item, an <see cref="UnreadableSource"/> when the YAML is broken, or nothing for a draft left out.</returns>
    private ParsedContent Parse(SourceText source, BuildContext context, IDiagnosticSink diagnostics)
    {
        var file = source.File;
        var yaml = YamlReader.Read(source.FrontMatter, file.DisplayPath, source.FrontMatterLine, diagnostics);
        var broken = new ParsedContent(new UnreadableSource(file, UnreadableSource.HasUidKey(source.FrontMatter)));
        if (yaml is null) return broken;
        if (yaml is not YamlMapping mapping)
        {
            diagnostics.Report(DiagnosticCodes.YamlNotMapping, yaml.Location, yaml.Describe());
            return broken;
        }
        var defaultLanguage = context.Read(settings).Settings.DefaultLanguage;
        var language = file.Language ?? defaultLanguage;
        var isTranslation = language != defaultLanguage;
        var fields = new YamlFields(mapping, SourceLocation.StartOf(file.DisplayPath), diagnostics);
        var frontMatter = FrontMatterReader.Read(fields, file.Kind, isTranslation);
        if (frontMatter.Draft && !context.Options.IncludeDrafts)
        {
            return new ParsedContent(isTranslation ? null : new DraftSource(file.FullPath, frontMatter.Uid?.Value ?? file.Slug));
        }
        return new ParsedContent(new ContentItem(
            file.Kind, file.Slug, frontMatter.Uid?.Value ?? file.Slug, language, file.FullPath, file.DisplayPath,
            file.SectionId, frontMatter, source.Body, source.BodyLineOffset)
        {
            IsTranslation = isTranslation,
        });
    }
}
