using StatiqGuides.Core.Content;
using StatiqGuides.Modules.History;
using StatiqGuides.Modules.Translations.Diff;

namespace StatiqGuides.Modules.Translations;

/// <summary>What a change does to translations (SPEC §3 <c>translations --since REF</c>): the working tree compared
/// with the commit REF names — the translations current at REF and outdated now, with the source's block counts; those
/// whose <c>source_hash</c> the change brings up to date (translated, or accepted with their text unchanged, so an
/// accepted edit is never silent); the guides, case studies and pages added with no translation yet.</summary>
/// <param name="Commit">The commit REF names, or null when it names none here (then <paramref name="Reason"/> says why,
/// and every outdated translation and every page lacking a translation is listed, as if all were new).</param>
/// <param name="StillOutdated">Per language, how many translations were outdated at REF and still are.</param>
public sealed record SinceReport(
    string Reference,
    string? Commit,
    string? Reason,
    IReadOnlyList<string> Languages,
    IReadOnlyList<SinceTranslation> Outdated,
    IReadOnlyList<SinceTranslation> UpToDate,
    IReadOnlyList<SinceNewPage> NewPages,
    IReadOnlyDictionary<string, int> StillOutdated)
{
    public bool AffectsNothing => Outdated.Count == 0 && UpToDate.Count == 0 && NewPages.Count == 0;

    public static SinceReport Build(SiteCatalog catalog, SourceDiffer differ, string reference, Func<string, string> displayPath,
        IReadOnlyCollection<string>? only = null, ReportFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(differ);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(displayPath);
        var languages = catalog.Settings.Languages
            .Where(l => l != catalog.Settings.DefaultLanguage && (only is null || only.Count == 0 || only.Contains(l))).ToList();
        var sources = catalog.Items.OrderBy(i => i.Kind).ThenBy(i => i.Uid, StringComparer.Ordinal)
            .Where(i => filter is null || filter.Keeps(catalog, i)).ToList();
        var history = differ.Versions.History;
        var commit = history?.ResolveCommit(reference);
        var outdated = new List<SinceTranslation>();
        var upToDate = new List<SinceTranslation>();
        var newPages = new List<SinceNewPage>();
        var still = languages.ToDictionary(l => l, _ => 0, StringComparer.Ordinal);
        string? reason = null;
        if (commit is null)
        {
            reason = history is null ? "there is no git history here (git is missing, or the folder is not a repository)"
                : history.IsShallow ? $"'{reference}' is not in this shallow clone; fetch more history (git fetch --unshallow, or fetch-depth: 0 in CI)"
                : $"'{reference}' names no commit in this repository";
        }
        var texts = commit is null ? null : differ.Versions.TextsAt(commit, [.. sources.SelectMany(s => languages.Select(l => TranslationPath(catalog, s, l)).Prepend(s.FullPath))]);
        var at = 0;
        foreach (var source in sources)
        {
            var then = texts?[at++] is { } sourceText ? SourceVersions.Parse(commit!, DateTimeOffset.MinValue, sourceText) : null;
            var missing = new List<string>();
            foreach (var language in languages)
            {
                var before = texts?[at++] is { } translationText ? SourceVersions.ParseTranslation(translationText) : null;
                var now = catalog.Localize(source, language);
                if (now.Status is TranslationStatus.Missing or TranslationStatus.Untranslated)
                {
                    missing.Add(language);
                    continue;
                }
                var translation = now.Translation!;
                var wasCurrent = then is not null && before is not null && before.SourceHash == then.Hash;
                var item = new SinceTranslation(source.Uid, source.Kind.Id, source.Title, language, displayPath(source.FullPath), displayPath(translation.FullPath), null);
                if (now.Status == TranslationStatus.Outdated && (wasCurrent || commit is null))
                {
                    var diff = then is not null && translation.FrontMatter.SourceHash == then.Hash
                        ? SourceDiffer.Between(source, language, then.Hash, VersionLookup.Found(then))
                        : differ.Diff(source, language, translation.FrontMatter.SourceHash);
                    outdated.Add(item with { Changes = diff.HasBaseline ? diff.Counts : null });
                }
                else if (now.Status == TranslationStatus.Outdated)
                {
                    still[language]++;
                }
                else if (now.Status == TranslationStatus.Current && commit is not null && before?.SourceHash != translation.FrontMatter.SourceHash)
                {
                    upToDate.Add(item with { How = before is null ? "new" : before.Body == translation.Body ? "accepted" : "translated" });
                }
            }
            if (missing.Count > 0 && (then is null || commit is null))
            {
                newPages.Add(new SinceNewPage(source.Uid, source.Kind.Id, source.Title, displayPath(source.FullPath), missing));
            }
        }
        return new SinceReport(reference, commit, reason, languages, outdated, upToDate, newPages, still);
    }

    private static string TranslationPath(SiteCatalog catalog, ContentItem source, string language) =>
        catalog.FindTranslation(source.Uid, language)?.FullPath ?? TranslationScaffold.PathFor(source, language);
}
