using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.FrontMatter;

/// <summary>Turns each split source file into a <see cref="ContentItem"/>; drafts are dropped unless asked for.</summary>
/// <remarks>A file with broken YAML is reported and dropped; every other file is still built.</remarks>
public sealed class ParseFrontMatter(string settingsPipeline) : ParallelModule
{
    protected override IReadOnlyList<Document> Process(Document document, BuildContext context)
    {
        var source = document.ContentAs<SourceText>();
        var file = source.File;
        var yaml = YamlReader.Read(source.FrontMatter, file.DisplayPath, source.FrontMatterLine, context.Diagnostics);
        if (yaml is null) return [];
        if (yaml is not YamlMapping mapping)
        {
            context.Diagnostics.Report(DiagnosticCodes.YamlNotMapping, yaml.Location, yaml.Describe());
            return [];
        }
        var defaultLanguage = context.SharedOf<SiteConfiguration>(settingsPipeline).Settings.DefaultLanguage;
        var language = file.Language ?? defaultLanguage;
        var isTranslation = language != defaultLanguage;
        var fields = new YamlFields(mapping, SourceLocation.StartOf(file.DisplayPath), context.Diagnostics);
        var frontMatter = FrontMatterReader.Read(fields, file.Kind, isTranslation);
        if (frontMatter.Draft && !context.Options.IncludeDrafts) return [];
        var item = new ContentItem(
            file.Kind, file.Slug, frontMatter.Uid?.Value ?? file.Slug, language, file.FullPath, file.DisplayPath,
            file.SectionId, frontMatter, source.Body, source.BodyLineOffset)
        {
            IsTranslation = isTranslation,
        };
        return [document with { Content = item }];
    }
}
