using StatiqGuides.Modules.Translations.Diff;

namespace StatiqGuides.Modules.Translations.Status;

/// <summary>What the translation status page shows (the site's <c>/translation-status/</c> and <c>translations --format
/// html</c>): per language, per section, every item's status, with its links already made.</summary>
/// <param name="HasHistoryLinks">Whether site.yml names a repository, so rows link to their source's history.</param>
public sealed record StatusPage(IReadOnlyList<StatusLanguage> Languages, bool HasHistoryLinks);

/// <param name="Name">The language's name in the page's language.</param>
public sealed record StatusLanguage(string Code, string Name, int Current, int Outdated, int Missing, int Untranslated,
    IReadOnlyList<StatusSection> Sections);

/// <param name="Id">The section's id, or null for the items of no section (pages).</param>
public sealed record StatusSection(string? Id, string Title, IReadOnlyList<StatusRow> Rows);

/// <param name="Status">current, outdated, missing or untranslated.</param>
/// <param name="Changes">For an outdated translation whose version is in the history: how many blocks changed.</param>
/// <param name="PageUrl">The page in the row's language (for a missing translation, the page readers get: the source's
/// text under that language's navigation).</param>
/// <param name="File">The translation file, or the source for a missing one, as a repository path.</param>
/// <param name="HistoryUrl">The source's commits on the repository host; null without a repository.</param>
public sealed record StatusRow(string Uid, string Title, string Status, ChangeCounts? Changes, string PageUrl, string File, string? HistoryUrl);
