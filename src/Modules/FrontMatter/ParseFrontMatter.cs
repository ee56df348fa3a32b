using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.FrontMatter;

/// <summary>Turns each split source file into a <see cref="ContentItem"/>; drafts are dropped unless asked for.</summary>
/// <remarks>A file with broken YAML is reported and passed on as an <see cref="UnreadableSource"/>; every other file is
/// still built. In a build session an
/// unchanged file keeps the item parsed last time.</remarks>
public sealed class ParseFrontMatter(string settingsPipeline) : ParallelModule
{
    public const string CacheScope = "front-matter";

    protected override IReadOnlyList<Document> Process(Document document, BuildContext context)
    {
        if (document.Holds<UnreadableSource>()) return [document];
        var source = document.ContentAs<SourceText>();
        var frontMatterHash = ContentHashes.FrontMatterOf(document);
        var parsed = frontMatterHash is null
            ? Parse(source, context, context.Diagnostics)
            : context.Memo(CacheScope, $"{source.File.DisplayPath}|{frontMatterHash}|{ContentHashes.BodyOf(document)}",
                sink => Parse(source, context, sink));
        return parsed.Content is null ? [] : [document with { Content = parsed.Content }];
    }

    /// <returns>The item, an <see cref="UnreadableSource"/> when the YAML is broken, or nothing for a draft left out.</returns>
    private Parsed Parse(SourceText source, BuildContext context, IDiagnosticSink diagnostics)
    {
        var file = source.File;
        var yaml = YamlReader.Read(source.FrontMatter, file.DisplayPath, source.FrontMatterLine, diagnostics);
        var broken = new Parsed(new UnreadableSource(file, UnreadableSource.HasUidKey(source.FrontMatter)));
        if (yaml is null) return broken;
        if (yaml is not YamlMapping mapping)
        {
            diagnostics.Report(DiagnosticCodes.YamlNotMapping, yaml.Location, yaml.Describe());
            return broken;
        }
        var defaultLanguage = context.SharedOf<SiteConfiguration>(settingsPipeline).Settings.DefaultLanguage;
        var language = file.Language ?? defaultLanguage;
        var isTranslation = language != defaultLanguage;
        var fields = new YamlFields(mapping, SourceLocation.StartOf(file.DisplayPath), diagnostics);
        var frontMatter = FrontMatterReader.Read(fields, file.Kind, isTranslation);
        if (frontMatter.Draft && !context.Options.IncludeDrafts)
        {
            return new Parsed(isTranslation ? null : new DraftSource(file.FullPath, frontMatter.Uid?.Value ?? file.Slug));
        }
        return new Parsed(new ContentItem(
            file.Kind, file.Slug, frontMatter.Uid?.Value ?? file.Slug, language, file.FullPath, file.DisplayPath,
            file.SectionId, frontMatter, source.Body, source.BodyLineOffset)
        {
            IsTranslation = isTranslation,
        });
    }

    private sealed record Parsed(object? Content);
}
