namespace StatiqGuides.Core.Content;

/// <summary>Every front-matter and settings key of every kind of file, with its type and meaning, as the content
/// reference lists them: the content kinds' fields (defined in <see cref="ContentFields"/>) and the settings files' keys.</summary>
public static class ContentSchemas
{
    public static FileSchema Guide { get; } = Of(ContentKind.Guide);

    public static FileSchema CaseStudy { get; } = Of(ContentKind.CaseStudy);

    public static FileSchema Page { get; } = Of(ContentKind.Page);

    public static FileSchema Translation { get; } = new("Translation (any kind)", "<slug>.<lang>.md beside its source", ContentFields.Translation);

    public static FileSchema Site { get; } = new("site.yml", "input/site.yml",
    [
        new("title", "string, or map language → string", "yes", "The site's name, in the header and page titles."),
        new("base_url", "absolute http(s) URL", "yes (or --base-url)", "Where the site is published; canonical links, feeds and the sitemap use it."),
        new("default_language", "language code", "no (first of languages)", "The language sources are written in (en)."),
        new("languages", "list of language codes", "yes", "Every language of the site, in the order of the language switcher; add one with new language."),
        new("repository", "absolute http(s) URL", "no", "The repository, for the \"edit this page\" links."),
        new("fallback_owners", "list of GitHub handles or e-mails", "no", "Who reviews what no hub maintains (pages, settings, theme, case studies outside every hub's sections): the first line of CODEOWNERS."),
        new("updated_from_git", "true or false", "no (false)", "true: a guide, case study or page that leaves out updated takes its file's last commit date from git (see \"Dates from history\" below)."),
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

    /// <summary>The keys of one kind's files, as the content reference lists them.</summary>
    public static FileSchema Of(ContentKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return new FileSchema(kind.Name, kind.Where, kind.Fields);
    }
}
