using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.FrontMatter;

/// <summary>Turns each split source file into a <see cref="ContentItem"/>; drafts are dropped unless asked for.</summary>
/// <remarks>A file with broken YAML is reported and dropped; every other file is still built. In a build session an
/// unchanged file keeps the item parsed last time.</remarks>
public sealed class ParseFrontMatter(string settingsPipeline) : ParallelModule
{
    public const string CacheScope = "front-matter";

    protected override IReadOnlyList<Document> Process(Document document, BuildContext context)
    {
        var source = document.ContentAs<SourceText>();
        var frontMatterHash = ContentHashes.FrontMatterOf(document);
        var item = frontMatterHash is null
            ? Parse(source, context, context.Diagnostics)
            : context.Memo(CacheScope, $"{source.File.DisplayPath}|{frontMatterHash}|{ContentHashes.BodyOf(document)}",
                sink => new Parsed(Parse(source, context, sink))).Item;
        return item is null ? [] : [document with { Content = item }];
    }

    private ContentItem? Parse(SourceText source, BuildContext context, IDiagnosticSink diagnostics)
    {
        var file = source.File;
        var yaml = YamlReader.Read(source.FrontMatter, file.DisplayPath, source.FrontMatterLine, diagnostics);
        if (yaml is null) return null;
        if (yaml is not YamlMapping mapping)
        {
            diagnostics.Report(DiagnosticCodes.YamlNotMapping, yaml.Location, yaml.Describe());
            return null;
        }
        var defaultLanguage = context.SharedOf<SiteConfiguration>(settingsPipeline).Settings.DefaultLanguage;
        var language = file.Language ?? defaultLanguage;
        var isTranslation = language != defaultLanguage;
        var fields = new YamlFields(mapping, SourceLocation.StartOf(file.DisplayPath), diagnostics);
        var frontMatter = FrontMatterReader.Read(fields, file.Kind, isTranslation);
        if (frontMatter.Draft && !context.Options.IncludeDrafts) return null;
        return new ContentItem(
            file.Kind, file.Slug, frontMatter.Uid?.Value ?? file.Slug, language, file.FullPath, file.DisplayPath,
            file.SectionId, frontMatter, source.Body, source.BodyLineOffset)
        {
            IsTranslation = isTranslation,
        };
    }

    private sealed record Parsed(ContentItem? Item);
}
