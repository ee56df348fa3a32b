using System.Text;

namespace StatiqGuides.Core.Content;

/// <summary>The output layout of SPEC §2: where each kind of page is written, relative to the site root.</summary>
public static class SitePaths
{
    public const string IndexFile = "index.html";

    public static string Home(string language) => $"{language}/{IndexFile}";

    public static string Section(string language, string sectionId) => $"{language}/guides/{sectionId}/{IndexFile}";

    public static string Guide(string language, string sectionId, string slug) =>
        $"{language}/guides/{sectionId}/{slug}/{IndexFile}";

    public static string CaseStudyIndex(string language) => $"{language}/case-studies/{IndexFile}";

    public static string CaseStudy(string language, string slug) => $"{language}/case-studies/{slug}/{IndexFile}";

    public static string Tag(string language, string tag) => $"{language}/tags/{TagSlug(tag)}/{IndexFile}";

    public static string Hub(string language, string hubId) => $"{language}/hubs/{hubId}/{IndexFile}";

    /// <summary>The translation status page, once for the site at its root, beside the language folders.</summary>
    public const string TranslationStatus = "translation-status/" + IndexFile;

    public static string Page(string language, string slug) => $"{language}/{slug}/{IndexFile}";

    /// <summary>The 404 page of one language; the root one (404.html) serves every language.</summary>
    public static string NotFound(string language) => $"{language}/404.html";

    /// <summary>Whether the site file at <paramref name="path"/> is a page (HTML), as the budgets and <c>serve</c> count pages.</summary>
    public static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);

    public static string Feed(string language) => $"{language}/feed.xml";

    public static string Search(string language) => $"{language}/search/{IndexFile}";

    /// <summary>The search index of one language, a script the search page includes (no fetch: it works from file://).</summary>
    public static string SearchIndex(string language) => $"{language}/search/search-index.js";

    /// <summary>The folder of the search page, its index and the index's shards.</summary>
    public static string SearchFolder(string language) => $"{language}/search/";

    /// <summary>One printable page of a section's guides; at a guide's depth, so the guides' relative links still work.</summary>
    public static string SectionPrint(string language, string sectionId) => SectionPrint(language, sectionId, 1);

    /// <summary>Part <paramref name="part"/> (from 1) of a section's printable pages: <c>print/</c>, then <c>print-2/</c>,
    /// <c>print-3/</c>…, all at a guide's depth.</summary>
    public static string SectionPrint(string language, string sectionId, int part) =>
        part == 1 ? $"{language}/guides/{sectionId}/print/{IndexFile}" : $"{language}/guides/{sectionId}/print-{part}/{IndexFile}";

    /// <summary>Folder names under a language that plain pages must not take (besides every kind's, <see cref="ContentKinds.ReservedPageSlugs"/>).</summary>
    public static IReadOnlySet<string> ReservedPageSlugs { get; } =
        new HashSet<string>(["guides", "case-studies", "tags", "hubs", "search", "assets"], StringComparer.Ordinal);

    /// <summary>Where an item's page is written in <paramref name="language"/>: its kind's URL shape.</summary>
    public static string Of(ContentItem item, string language)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Kind.PathOf(language, item.SectionId, item.Slug);
    }

    /// <summary>A tag as a URL segment: lower case ASCII letters and digits joined by single hyphens (accents dropped:
    /// <c>vidéo</c> → <c>video</c>), so that it meets <see cref="Identifiers.Rule"/>; empty when no ASCII letter is left.</summary>
    public static string TagUrlForm(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var builder = new StringBuilder(tag.Length);
        foreach (var c in tag.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        return builder.ToString().Trim('-');
    }

    /// <summary>A tag as a URL segment (<see cref="TagUrlForm"/>), <c>tag</c> for a tag without one (reported).</summary>
    public static string TagSlug(string tag) => TagUrlForm(tag) is { Length: > 0 } slug ? slug : "tag";
}
