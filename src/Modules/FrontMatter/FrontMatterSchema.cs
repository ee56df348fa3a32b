using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.FrontMatter;

/// <summary>Which front-matter keys each kind of content knows (SPEC §1).</summary>
public static class FrontMatterSchema
{
    public const int MaxSummaryLength = 300;

    // The keys come from ContentSchemas, which docs/content-reference.md is generated from.
    private static readonly IReadOnlySet<string> GuideKeys = ContentSchemas.Guide.Keys;
    private static readonly IReadOnlySet<string> CaseStudyKeys = ContentSchemas.CaseStudy.Keys;
    private static readonly IReadOnlySet<string> PageKeys = ContentSchemas.Page.Keys;

    public static IReadOnlySet<string> KnownKeys(ContentKind kind, bool isTranslation)
    {
        var keys = kind switch
        {
            ContentKind.Guide => GuideKeys,
            ContentKind.CaseStudy => CaseStudyKeys,
            _ => PageKeys,
        };
        return isTranslation ? Set([.. keys, .. ContentSchemas.Translation.Keys]) : keys;
    }

    /// <summary>Keys a source file must have; a translation must have title and summary, and inherits the rest.</summary>
    public static IReadOnlyList<string> RequiredKeys(ContentKind kind, bool isTranslation) => (kind, isTranslation) switch
    {
        (_, true) => ["title", "summary"],
        (ContentKind.CaseStudy, _) => ["title", "summary", "parliament", "country", "year"],
        (ContentKind.Guide, _) => ["title", "summary"],
        _ => ["title"],
    };

    private static HashSet<string> Set(string[] keys) => new(keys, StringComparer.Ordinal);
}
