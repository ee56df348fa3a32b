using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.FrontMatter;
using StatiqGuides.Modules.Sources;

namespace StatiqGuides.Modules.Catalog;

/// <summary>Joins settings and content into the <see cref="SiteCatalog"/>, reporting every problem that
/// concerns more than one file: duplicate uids, unknown hubs, sections, case studies and guides.</summary>
/// <remarks>A file that is not published (a second file with a uid, an unreadable file, a translation of either) is
/// remembered as set aside, so that one real problem is reported once and not again by each file naming it.</remarks>
/// <param name="kinds">The site's content kinds (default: the built-ins), whose URL folders plain pages must not take.</param>
/// <param name="keepBodies">False for the site build's catalog, which keeps its items without bodies (see
/// <see cref="SiteCatalog(SiteConfiguration, IEnumerable{ContentItem}, IEnumerable{ContentItem}, IReadOnlyDictionary{string, Hub}, Func{ContentItem, string}?, SetAsideContent?, Core.Caching.ContentHasher?, bool, Func{ContentItem, ContentItem}?)"/>).</param>
public sealed class BuildCatalog(Output<SiteConfiguration> settings, Output<IReadOnlyList<ParsedContent>> content, ContentKinds? kinds = null,
    bool keepBodies = true)
    : PipelineModule<NoInput, SiteCatalog>(settings, content)
{
    public ContentKinds Kinds { get; } = kinds ?? ContentKinds.BuiltIn;

    public override ValueTask<SiteCatalog> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configuration = context.Read(settings);
        var diagnostics = context.Diagnostics;
        var parsed = context.Read(content);
        var items = parsed.Where(p => p.Item is not null).Select(p => p.Item!).ToList();
        var unreadable = parsed.Where(p => p.Unreadable is not null).Select(p => p.Unreadable!).ToList();
        var sectionIds = configuration.Sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var placed = new List<ContentItem>(items.Count);
        foreach (var item in items)
        {
            if (item.Kind.Sectioned && !sectionIds.Contains(item.SectionId!))
            {
                diagnostics.Report(DiagnosticCodes.GuideOutsideSection, SourceLocation.StartOf(item.DisplayPath), item.SectionId);
                continue;
            }
            // A kind written at the language's root (pages) would take the folder of the site's own pages or another kind's.
            if (item.Kind.UrlFolder.Length == 0 && Kinds.ReservedPageSlugs.Contains(item.Slug))
            {
                diagnostics.Report(DiagnosticCodes.DestinationConflict, SourceLocation.StartOf(item.DisplayPath),
                    SitePaths.Of(item, item.Language), $"the site's own '{item.Slug}' pages");
                continue;
            }
            placed.Add(item);
        }

        var (sources, withheld) = UniqueByKey(placed.Where(i => !i.IsTranslation), i => i.Uid, diagnostics);
        var standIns = unreadable.Select(u => StandIn(u, configuration.Settings.DefaultLanguage)).ToList();
        var unreadableUids = standIns.Where((s, i) => !s.IsTranslation && !unreadable[i].DeclaresUid).Select(s => s.Uid)
            .ToHashSet(StringComparer.Ordinal);
        var drafts = parsed.Where(p => p.Draft is not null).Select(p => p.Draft!).ToList();
        // In a session a translation and its source that did not change give back the same merged object as in the last build.
        Func<ContentItem, ContentItem, ContentItem> merge = context.Cache is { } merged ? (t, s) => merged.Remember(t, s, Merged) : Merged;
        var translations = AttachTranslations(sources, placed.Where(i => i.IsTranslation), standIns, unreadableUids, withheld, diagnostics, drafts,
            merge);
        var notPublished = new SetAsideContent(withheld, standIns, unreadableUids);
        var hubOfSection = SectionOwnership.Resolve(configuration, diagnostics);
        // In a session a source that did not change is the same object as in the last build: its hash is not computed again.
        // So is the item without its body, and all the catalog's page and link identities made of it.
        Func<ContentItem, string>? sourceHash = context.Cache is { } cache ? item => cache.Remember(item, SourceHash.Of) : null;
        Func<ContentItem, ContentItem>? withoutBody = context.Cache is { } memo ? item => memo.Remember(item, Unbodied) : null;
        var catalog = new SiteCatalog(configuration, sources, translations, hubOfSection, sourceHash, notPublished, context.Cache?.Hasher, keepBodies,
            withoutBody);
        ReferenceChecks.Run(catalog, diagnostics);
        Translations.UntranslatedCheck.Run(catalog, diagnostics);
        return ValueTask.FromResult(catalog);
    }

    private static ContentItem Unbodied(ContentItem item) => item.WithoutBody();

    /// <summary>A translation as the catalog keeps it: its source's uid and section, and the keys it does not repeat.</summary>
    private static ContentItem Merged(ContentItem translation, ContentItem source) => translation with
    {
        Uid = source.Uid,
        SectionId = source.SectionId,
        FrontMatter = FrontMatterInheritance.Merge(source.Kind, source.FrontMatter, translation.FrontMatter),
    };

    /// <summary>Where an unreadable file would have been: its kind, place, slug and language, nothing of its text.</summary>
    private static ContentItem StandIn(UnreadableSource unreadable, string defaultLanguage)
    {
        var file = unreadable.File;
        var language = file.Language ?? defaultLanguage;
        return new ContentItem(file.Kind, file.Slug, file.Slug, language, file.FullPath, file.DisplayPath, file.SectionId,
            new Core.Content.FrontMatter(), "", 0)
        {
            IsTranslation = language != defaultLanguage,
        };
    }

    /// <summary>Finds each translation's source (the <c>&lt;slug&gt;.md</c> beside it, else the source with its uid) and
    /// merges in the keys it does not repeat. A translation without source is reported and dropped; one whose source
    /// exists but is not published is withheld (added to <paramref name="withheld"/>) without a report.</summary>
    private static List<ContentItem> AttachTranslations(List<ContentItem> sources, IEnumerable<ContentItem> translations,
        List<ContentItem> standIns, HashSet<string> unreadableUids, List<ContentItem> withheld, IDiagnosticSink diagnostics,
        IReadOnlyList<DraftSource> drafts, Func<ContentItem, ContentItem, ContentItem> merge)
    {
        var draftPaths = drafts.Select(d => d.FullPath).ToHashSet(StringComparer.Ordinal);
        var draftUids = drafts.Where(d => d.Uid is not null).Select(d => d.Uid!).ToHashSet(StringComparer.Ordinal);
        var setAsidePaths = withheld.Concat(standIns).Where(i => !i.IsTranslation)
            .Select(i => i.FullPath).ToHashSet(StringComparer.Ordinal);
        var byPath = sources.ToDictionary(s => s.FullPath, StringComparer.Ordinal);
        var byUid = sources.ToDictionary(s => s.Uid, StringComparer.Ordinal);
        var attached = new Dictionary<(string Uid, string Language), ContentItem>();
        foreach (var translation in translations.OrderBy(t => t.DisplayPath, StringComparer.Ordinal))
        {
            var sourcePath = Path.Combine(Path.GetDirectoryName(translation.FullPath)!, translation.Slug + ".md");
            var source = byPath.GetValueOrDefault(sourcePath)
                ?? (translation.FrontMatter.Uid is { } uid ? byUid.GetValueOrDefault(uid.Value) : null);
            // The translation of a draft waits with it: left out of the build, and not an error.
            if (source is null && (draftPaths.Contains(sourcePath) || (translation.FrontMatter.Uid is { } draftUid && draftUids.Contains(draftUid.Value))))
            {
                continue;
            }
            if (source is null && (setAsidePaths.Contains(sourcePath)
                || (translation.FrontMatter.Uid is { } declared && unreadableUids.Contains(declared.Value))))
            {
                withheld.Add(translation);
                continue;
            }
            if (source is null || source.Kind != translation.Kind)
            {
                diagnostics.Report(DiagnosticCodes.TranslationWithoutSource, SourceLocation.StartOf(translation.DisplayPath),
                    translation.DisplayPath, Path.GetFileName(sourcePath));
                continue;
            }
            var merged = merge(translation, source);
            if (attached.TryGetValue((source.Uid, translation.Language), out var existing))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateUid, SourceLocation.StartOf(translation.DisplayPath), source.Uid, existing.DisplayPath);
                continue;
            }
            attached[(source.Uid, translation.Language)] = merged;
        }
        return [.. attached.Values];
    }

    /// <summary>Keeps the first item (in path order) of each key and reports the others, naming the first; the others
    /// are withheld, so that their bodies are still checked and links to their files are not broken.</summary>
    private static (List<ContentItem> Kept, List<ContentItem> Withheld) UniqueByKey(IEnumerable<ContentItem> items,
        Func<ContentItem, string> key, IDiagnosticSink diagnostics)
    {
        // Ignoring case: the uid names the page's folder, and bundles are unzipped on case-insensitive file systems.
        var first = new Dictionary<string, ContentItem>(Identifiers.Comparer);
        var withheld = new List<ContentItem>();
        foreach (var item in items.OrderBy(i => i.DisplayPath, StringComparer.Ordinal))
        {
            if (first.TryGetValue(key(item), out var existing))
            {
                var location = item.FrontMatter.Uid?.Location ?? SourceLocation.StartOf(item.DisplayPath);
                if (!string.Equals(key(item), key(existing), StringComparison.Ordinal))
                {
                    diagnostics.Report(DiagnosticCodes.IdentifierCaseClash, location, "uid", item.Uid, existing.Uid, existing.DisplayPath);
                    withheld.Add(item);
                    continue;
                }
                diagnostics.Report(DiagnosticCodes.DuplicateUid, location, item.Uid, existing.DisplayPath);
                var mirrored = existing.FrontMatter.Uid?.Location ?? SourceLocation.StartOf(existing.DisplayPath);
                diagnostics.Report(DiagnosticCodes.DuplicateUid, mirrored, existing.Uid, item.DisplayPath);
                withheld.Add(item);
                continue;
            }
            first[key(item)] = item;
        }
        return ([.. first.Values], withheld);
    }
}
