using System.Globalization;
using System.Text.RegularExpressions;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Translations;

namespace StatiqGuides.Modules.Scaffolding;

/// <summary><c>new guide</c> and <c>new case-study</c>: checks what the contributor asked for against the site and writes a
/// file with valid front matter and a skeleton of headings with short prompts, so that a newcomer only fills it in.</summary>
public static partial class ContentScaffold
{
    public static ScaffoldResult Guide(SiteCatalog catalog, BuildOptions options, string sectionId, string slug, string title, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(sectionId);
        if (catalog.FindSection(sectionId) is null)
        {
            var sections = catalog.Sections.Select(s => s.Id).ToList();
            return ScaffoldResult.Refused(NearestName.Find(sectionId, sections) is { } near
                ? $"there is no section '{sectionId}'; did you mean '{near}'? The sections are: {string.Join(", ", sections)}."
                : $"there is no section '{sectionId}'; the sections are: {string.Join(", ", sections)}.");
        }
        ArgumentNullException.ThrowIfNull(options);
        var path = Path.Combine(options.InputDirectory, "guides", sectionId, slug + ".md");
        if (Refusal(catalog, options, path, slug, title) is { } refusal) return refusal;
        var studies = catalog.CaseStudies.Select(c => c.Uid).Take(3).ToList();
        var text = $"""
            ---
            title: {TranslationScaffold.Quote(title.Trim())}
            summary: "{ScaffoldPrompts.GuideSummary}"
            tags: []
            # case_studies: [{(studies.Count > 0 ? string.Join(", ", studies) : "a-case-study-uid")}]   # the case studies this guide draws on, by uid (file name in input/case-studies/)
            # related: [another-guide-uid]   # other guides a reader should see next
            # sources: [https://example.org/report]   # the public pages its facts rest on (https only; or "- url: ..." with "title: ...")
            authors: []
            updated: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
            ---

            <!-- Replace each prompt in italics with your own text and delete what you do not need.
                 Preview as you write: dotnet run -c Release -- serve -->

            ## Why it matters

            _Who is this guide for, and which problem does it solve for a parliament?_

            ## Before you start

            _What a team needs first: people, decisions, tools, budget._

            ## Step by step

            1. _The first thing to do._
            2. _The next one._

            ## Checklist

            - [ ] _Something a reader can check off._
            - [ ] _Another one._

            ## Examples from parliaments

            _Say what other parliaments did. List their case studies under `case_studies:` above, or link one in the
            text like this: `<xref:a-case-study-uid>`._

            ## Further reading

            - _A link, with one line on why it is worth reading._

            """;
        return ScaffoldResult.File(path, text);
    }

    public static ScaffoldResult CaseStudy(SiteCatalog catalog, BuildOptions options, string slug, string title,
        string parliament, string country, int year, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(parliament);
        ArgumentNullException.ThrowIfNull(options);
        var path = Path.Combine(options.InputDirectory, "case-studies", slug + ".md");
        if (Refusal(catalog, options, path, slug, title) is { } refusal) return refusal;
        var code = country.Trim().ToUpperInvariant();
        if (!CountryCodes.IsValid(code))
        {
            return ScaffoldResult.Refused($"'{country}' is not a country code: use the two letters of ISO 3166-1 (KE, FR, BR...), or EU for European Union institutions.");
        }
        if (parliament.Trim().Length == 0) return ScaffoldResult.Refused("--parliament must name the parliament or institution.");
        if (year < 1800 || year > today.Year + 1)
        {
            return ScaffoldResult.Refused($"{year} is not a plausible year for a case study (1800 to {today.Year + 1}).");
        }
        var text = $"""
            ---
            title: {TranslationScaffold.Quote(title.Trim())}
            summary: "{ScaffoldPrompts.CaseStudySummary}"
            parliament: {TranslationScaffold.Quote(parliament.Trim())}
            country: {code}
            year: {year.ToString(CultureInfo.InvariantCulture)}
            themes: []   # the sections it illustrates: {string.Join(", ", catalog.Sections.Select(s => s.Id))}
            tags: []
            links: []    # web pages where readers can see the work, e.g. ["https://example.org/portal"]
            updated: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
            ---

            <!-- Replace each prompt in italics with your own text. A case study appears on the guides that cite it:
                 add its uid, {slug}, to the case_studies: list of a guide. Preview: dotnet run -c Release -- serve -->

            ## Context

            _The parliament, the problem it faced, and who was involved._

            ## What was done

            _The steps taken, the tools used, how long it took._

            ## Results

            _What changed, with figures where you have them._

            ## Lessons learned

            - _What others should copy._
            - _What they should avoid._

            """;
        return ScaffoldResult.File(path, text);
    }

    private static ScaffoldResult? Refusal(SiteCatalog catalog, BuildOptions options, string path, string slug, string title)
    {
        if (!Slug().IsMatch(slug))
        {
            return ScaffoldResult.Refused($"'{slug}' is not a valid slug: use lower-case letters, digits and hyphens, such as 'open-data-portals'.");
        }
        if (catalog.Find(slug) is { } existing)
        {
            return ScaffoldResult.Refused($"the uid '{slug}' is taken by {existing.DisplayPath}; choose another slug.");
        }
        if (File.Exists(path))
        {
            return ScaffoldResult.Refused($"{options.DisplayPath(path)} already exists.");
        }
        if (string.IsNullOrWhiteSpace(title)) return ScaffoldResult.Refused("--title must not be empty.");
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
