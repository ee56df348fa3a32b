namespace StatiqGuides.Modules.Scaffolding;

/// <summary>The texts <see cref="SiteScaffold"/> writes: a data table, kept apart from the code that uses it.</summary>
internal static class SiteScaffoldTexts
{
    public const string SiteYml = """
        # The site's settings (docs/content-reference.md, "site.yml"). A text readers see may be given per language:
        # title: {en: "...", fr: "..."}; add a language with `statiqguides new language fr`.
        title: "Practical guides"
        # The address the site is published at: links in feeds, sitemaps and social previews start with it.
        base_url: https://guides.example.org/
        default_language: en
        languages: [en]
        # The repository that holds this folder: each page then links to its source ("Edit this page").
        # repository: https://github.com/your-organisation/your-guides

        """;

    public const string HubsYml = """
        # The hubs: the teams that write and review the sections. Each section is maintained by one hub; its
        # maintainers (GitHub users or teams) review the changes to it (`statiqguides codeowners` writes CODEOWNERS).
        - id: hub-editors
          name: "Editorial team"
          host: "Your organisation"
          maintainers: ["@your-organisation/editors"]
          sections: [getting-started]

        """;

    public const string SectionYml = """
        # A section: the folder's guides, shown together under this title. The folder's name is the section's id.
        title: "Getting started"
        summary: "How this site is organised, and how to add a guide or a case study, check it and publish it."
        hub: hub-editors
        order: 1

        """;

    public const string Guide = """
        ---
        title: "Writing guides for this site"
        summary: "How the site is organised, how to add a guide or a case study, and how to check and preview your work before it is published."
        tags: [contributing]
        case_studies: [chile-ley-chile]
        authors: ["Editorial team"]
        ---

        This site was started with `statiqguides init`. Keep this guide as a note for contributors while you write the
        first real ones, then replace it or delete it.

        ## How the site is organised

        - `input/site.yml` holds the site's title, its address and its languages.
        - `input/hubs.yml` lists the hubs: the teams that maintain the sections and review changes to them.
        - Each folder under `input/guides/` is a section, described by its `_section.yml`. This guide is in
          `input/guides/getting-started/`.
        - `input/case-studies/` holds the case studies: what one parliament did, told so that others can learn from it.
          A guide names the ones it draws on in its front matter, under `case_studies:`, and they are listed on its page.

        ## Adding a guide

        1. Run `statiqguides new guide --section getting-started --slug my-guide --title "My guide"`. It writes
           `input/guides/getting-started/my-guide.md` with its front matter and a skeleton of headings.
        2. Write the summary, one or two sentences on what the guide helps a parliament do, and the text in Markdown.
           Start the headings at level 2 (`##`): the title is the page's only level-1 heading.
        3. Link to another guide or a case study by the path of its file, such as
           [the example case study](../../case-studies/chile-ley-chile.md), or by its uid, such as `<xref:chile-ley-chile>`.

        A case study starts the same way, with `statiqguides new case-study`; cite it from at least one guide.

        ## Checking and previewing

        - `statiqguides check` reports every problem with its file, line and a suggested fix, and writes nothing.
        - `statiqguides serve` builds the site, serves it on your computer and rebuilds it each time you save a file.
        - `statiqguides build` writes the finished site into `output/`, ready to publish on any web server.

        ## Changing the look

        The site uses the theme built into StatiqGuides. To change one layout, stylesheet or interface text, put a file
        of the same path in a `theme/` folder beside `input/` (for example `theme/i18n/en.yml` with only the strings you
        want to reword): it replaces that file or those strings, and the rest of the built-in theme is kept.

        """;

    public const string CaseStudy = """
        ---
        title: "Chile: the Library of Congress's Ley Chile"
        summary: "The Library of the National Congress of Chile (BCN) publishes the country's laws online in Ley Chile, whose current platform dates from 2009. Kept here as an example of a case study's format."
        parliament: "National Congress of Chile"
        country: CL
        year: 2009
        themes: [getting-started]
        links:
          - https://www.bcn.cl/leychile/
        ---

        A case study tells what one parliament did, so that others can learn from it. This one is an example of the
        format: replace it with a case study of your own, and cite that one from the guides that draw on it.

        ## Context

        The Library of the National Congress of Chile (Biblioteca del Congreso Nacional, BCN) serves members of
        Congress and the public. Laws are only useful to citizens when they can find the text in force.

        ## What was done

        The library built Ley Chile, a free online database of the country's laws and regulations, and launched its
        current platform in 2009.

        ## Results

        Describe here what changed, with the figures you can source, and list the pages that show it under `links:`.

        ## Lessons learned

        - Say what others could reuse from the experience.
        - Say what they should do differently.

        """;
}
