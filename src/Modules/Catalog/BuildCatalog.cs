using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Catalog;

/// <summary>Joins settings and content into the <see cref="SiteCatalog"/>, reporting every problem that
/// concerns more than one file: duplicate uids, unknown hubs, sections, case studies and guides.</summary>
public sealed class BuildCatalog(string settingsPipeline, string contentPipeline) : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        var configuration = context.SharedOf<SiteConfiguration>(settingsPipeline);
        var diagnostics = context.Diagnostics;
        var items = context.OutputOf(contentPipeline).Select(d => d.ContentAs<ContentItem>()).ToList();
        var sectionIds = configuration.Sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var placed = new List<ContentItem>(items.Count);
        foreach (var item in items)
        {
            if (item.Kind == ContentKind.Guide && !sectionIds.Contains(item.SectionId!))
            {
                diagnostics.Report(DiagnosticCodes.GuideOutsideSection, SourceLocation.StartOf(item.DisplayPath), item.SectionId);
                continue;
            }
            if (item.Kind == ContentKind.Page && SitePaths.ReservedPageSlugs.Contains(item.Slug))
            {
                diagnostics.Report(DiagnosticCodes.DestinationConflict, SourceLocation.StartOf(item.DisplayPath),
                    SitePaths.Page(item.Language, item.Slug), $"the site's own '{item.Slug}' pages");
                continue;
            }
            placed.Add(item);
        }

        var sources = UniqueByKey(placed.Where(i => !i.IsTranslation), i => i.Uid, diagnostics);
        var translations = AttachTranslations(sources, placed.Where(i => i.IsTranslation), diagnostics);
        var hubOfSection = SectionOwnership.Resolve(configuration, diagnostics);
        var catalog = new SiteCatalog(configuration, sources, translations, hubOfSection, SourceHashes(context));
        ReferenceChecks.Run(catalog, diagnostics);
        return ValueTask.FromResult<IReadOnlyList<Document>>([new Document("catalog", catalog)]);
    }

    /// <summary>In a build session, the source hash of a file whose text has not changed is not computed again.</summary>
    private Func<ContentItem, string>? SourceHashes(BuildContext context)
    {
        if (context.Cache is null) return null;
        var keys = context.OutputOf(contentPipeline).ToDictionary(d => d.ContentAs<ContentItem>().FullPath,
            d => $"{Sources.ContentHashes.FrontMatterOf(d)}|{Sources.ContentHashes.BodyOf(d)}", StringComparer.Ordinal);
        return item => keys.TryGetValue(item.FullPath, out var key)
            ? context.Memo(SourceHashScope, $"{item.DisplayPath}|{key}", _ => SourceHash.Of(item))
            : SourceHash.Of(item);
    }

    public const string SourceHashScope = "source-hash";

    /// <summary>Finds each translation's source (the <c>&lt;slug&gt;.md</c> beside it, else the source with its uid) and
    /// merges in the keys it does not repeat. A translation without source is reported and dropped.</summary>
    private static List<ContentItem> AttachTranslations(List<ContentItem> sources, IEnumerable<ContentItem> translations, IDiagnosticSink diagnostics)
    {
        var byPath = sources.ToDictionary(s => s.FullPath, StringComparer.Ordinal);
        var byUid = sources.ToDictionary(s => s.Uid, StringComparer.Ordinal);
        var attached = new Dictionary<(string Uid, string Language), ContentItem>();
        foreach (var translation in translations.OrderBy(t => t.DisplayPath, StringComparer.Ordinal))
        {
            var sourcePath = Path.Combine(Path.GetDirectoryName(translation.FullPath)!, translation.Slug + ".md");
            var source = byPath.GetValueOrDefault(sourcePath)
                ?? (translation.FrontMatter.Uid is { } uid ? byUid.GetValueOrDefault(uid.Value) : null);
            if (source is null || source.Kind != translation.Kind)
            {
                diagnostics.Report(DiagnosticCodes.TranslationWithoutSource, SourceLocation.StartOf(translation.DisplayPath),
                    translation.DisplayPath, Path.GetFileName(sourcePath));
                continue;
            }
            var merged = translation with
            {
                Uid = source.Uid,
                SectionId = source.SectionId,
                FrontMatter = FrontMatterInheritance.Merge(source.FrontMatter, translation.FrontMatter),
            };
            if (attached.TryGetValue((source.Uid, translation.Language), out var existing))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateUid, SourceLocation.StartOf(translation.DisplayPath), source.Uid, existing.DisplayPath);
                continue;
            }
            attached[(source.Uid, translation.Language)] = merged;
        }
        return [.. attached.Values];
    }

    /// <summary>Keeps the first item (in path order) of each key and reports the others, naming the first.</summary>
    private static List<ContentItem> UniqueByKey(IEnumerable<ContentItem> items, Func<ContentItem, string> key, IDiagnosticSink diagnostics)
    {
        var first = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        foreach (var item in items.OrderBy(i => i.DisplayPath, StringComparer.Ordinal))
        {
            if (first.TryGetValue(key(item), out var existing))
            {
                var location = item.FrontMatter.Uid?.Location ?? SourceLocation.StartOf(item.DisplayPath);
                diagnostics.Report(DiagnosticCodes.DuplicateUid, location, item.Uid, existing.DisplayPath);
                var mirrored = existing.FrontMatter.Uid?.Location ?? SourceLocation.StartOf(existing.DisplayPath);
                diagnostics.Report(DiagnosticCodes.DuplicateUid, mirrored, existing.Uid, item.DisplayPath);
                continue;
            }
            first[key(item)] = item;
        }
        return [.. first.Values];
    }
}
