using StatiqGuides.Core.Content;

namespace StatiqGuides.Modules.FrontMatter;

/// <summary>Which front-matter keys each kind of content knows (SPEC §1).</summary>
public static class FrontMatterSchema
{
    public const int MaxSummaryLength = 300;

    private static readonly string[] Common = ["title", "summary", "uid", "tags", "authors", "updated", "draft", "aliases"];

    private static readonly IReadOnlySet<string> GuideKeys = Set([.. Common, "case_studies", "related", "order", "sources"]);
    private static readonly IReadOnlySet<string> CaseStudyKeys = Set([.. Common, "parliament", "country", "region", "year", "themes", "links"]);
    private static readonly IReadOnlySet<string> PageKeys = Set([.. Common, "order"]);

    public static IReadOnlySet<string> KnownKeys(ContentKind kind, bool isTranslation)
    {
        var keys = kind switch
        {
            ContentKind.Guide => GuideKeys,
            ContentKind.CaseStudy => CaseStudyKeys,
            _ => PageKeys,
        };
        return isTranslation ? Set([.. keys, "source_hash"]) : keys;
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
