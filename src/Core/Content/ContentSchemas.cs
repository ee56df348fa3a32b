namespace StatiqGuides.Core.Content;

/// <summary>Every front-matter and settings key of every kind of file, with its type and meaning: the one definition
/// the readers and the content reference share.</summary>
public static class ContentSchemas
{
    private static readonly FieldSpec Title = new("title", "string", "yes", "The title, shown as the page's heading, in cards and in links (xref).");
    private static readonly FieldSpec Summary = new("summary", "string, at most 300 characters", "yes", "One or two sentences shown under the title, in cards, feeds and search results.");
    private static readonly FieldSpec Uid = new("uid", "identifier", "no", "Overrides the uid (by default the file name without language suffix and .md); unique across the site.");
    private static readonly FieldSpec Tags = new("tags", "list of strings", "no", "Topics; each gets a tag page in every language: /<lang>/tags/<tag>/. Write [a, b], not a, b.");
    private static readonly FieldSpec Authors = new("authors", "list of strings", "no", "Who wrote it.");
    private static readonly FieldSpec Updated = new("updated", "date, YYYY-MM-DD", "no", "The date of the last real change, shown on the page and used by feeds and the edition date.");
    private static readonly FieldSpec Draft = new("draft", "true or false", "no", "true leaves the file out of the build unless --drafts is given.");
    private static readonly FieldSpec Aliases = new("aliases", "list of site paths", "no", "Old addresses (/guides/old-name/) that redirect here: a _redirects rule and an HTML redirect page each.");
    private static readonly FieldSpec Order = new("order", "integer", "no", "Position in its section or in the page list (then by title).");

    public static FileSchema Guide { get; } = new("Guide", "input/guides/<section>/<slug>.md",
    [
        Title, Summary, Uid, Tags,
        new("case_studies", "list of case-study uids", "no", "The case studies this guide draws on, shown on the guide and linking back from each case study."),
        new("related", "list of guide uids", "no", "Guides a reader should see next."),
        new("sources", "list of https URLs, or {url, title} mappings", "no", "The public sources the guide's facts rest on, shown as a \"Sources\" section after the body and on the print page; inherited by translations, which repeat it only to give titles in their language."),
        Authors, Updated, Order, Draft, Aliases,
    ]);

    public static FileSchema CaseStudy { get; } = new("Case study", "input/case-studies/<slug>.md",
    [
        Title, Summary,
        new("parliament", "string", "yes", "The parliament or institution."),
        new("country", "ISO 3166-1 alpha-2 code", "yes", "KE, BR, FR…; EU for European Union institutions."),
        new("year", "integer", "yes", "The year the work happened."),
        new("region", "string", "no", "A region, used by the case-study filters."),
        new("themes", "list of section ids", "no", "The sections it illustrates; their hubs review it (CODEOWNERS)."),
        new("links", "list of URLs", "no", "Web pages where readers can see the work."),
        Uid, Tags, Authors, Updated, Draft, Aliases,
    ]);

    public static FileSchema Page { get; } = new("Page", "input/pages/<slug>.md", [Title, Summary with { Required = "no" }, Uid, Tags, Authors, Updated, Order, Draft, Aliases]);

    public static FileSchema Translation { get; } = new("Translation (any kind)", "<slug>.<lang>.md beside its source",
    [
        Title, Summary,
        new("source_hash", "12 hex digits", "no (then outdated)", "Which version of the source was translated: the first 12 hex digits of SHA-256 over title, summary and body of the source. Written by new translation; every other key is inherited from the source unless repeated."),
    ]);

    public static FileSchema Site { get; } = new("site.yml", "input/site.yml",
    [
        new("title", "string, or map language → string", "yes", "The site's name, in the header and page titles."),
        new("base_url", "absolute http(s) URL", "yes (or --base-url)", "Where the site is published; canonical links, feeds and the sitemap use it."),
        new("default_language", "language code", "no (first of languages)", "The language sources are written in (en)."),
        new("languages", "list of language codes", "yes", "Every language of the site, in the order of the language switcher; add one with new language."),
        new("repository", "absolute http(s) URL", "no", "The repository, for the \"edit this page\" links."),
        new("fallback_owners", "list of GitHub handles or e-mails", "no", "Who reviews what no hub maintains (pages, settings, theme, case studies outside every hub's sections): the first line of CODEOWNERS."),
    ]);

    public static FileSchema HubEntry { get; } = new("hubs.yml (each entry of the list)", "input/hubs.yml",
    [
        new("id", "identifier", "yes", "The hub's id, used by _section.yml's hub and in /<lang>/hubs/<id>/."),
        new("name", "string, or map language → string", "yes", "The hub's name."),
        new("host", "string", "yes", "The parliament or organisation hosting it."),
        new("maintainers", "list of GitHub handles", "no", "Who reviews its sections' pull requests (CODEOWNERS)."),
        new("sections", "list of section ids", "no", "The sections it maintains (a section may name its hub instead)."),
    ]);

    public static FileSchema SectionFile { get; } = new("_section.yml", "input/guides/<section>/_section.yml",
    [
        new("title", "string, or map language → string", "yes", "The section's title."),
        new("summary", "string, or map language → string", "yes", "One or two sentences under the title."),
        new("hub", "hub id", "yes", "The hub that maintains the section."),
        new("order", "integer", "no", "Position among the sections."),
    ]);

    public static IReadOnlyList<FileSchema> All { get; } = [Guide, CaseStudy, Page, Translation, Site, HubEntry, SectionFile];
}
