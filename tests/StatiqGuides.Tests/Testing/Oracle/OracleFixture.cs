namespace StatiqGuides.Tests.Testing.Oracle;

/// <summary>The input of <see cref="OracleSite"/>: en, fr and es; sections websites and open-data, each with its hub,
/// archives (no order, so that adding one moves it), and a third hub with no section; guides that cite case studies and each other (by uid, by xref with an anchor), with
/// tags, sources, aliases and an image; a draft of each kind; translations current, outdated (wrong hash, no hash).
/// Each optional key is present in one file and absent from another, so that changing, adding and removing it can all
/// be tried. Two case studies no guide cites (SG0116) are there for the uid edits, which must not break a reference; one of them
/// has no themes (SG0118), for the edit that adds them.</summary>
/// <remarks>
/// | file | what it is there for |
/// |---|---|
/// | guides/websites/alpha.md | every guide key; cited by beta's xref (with anchor) and gamma's related; has the image |
/// | alpha.fr.md / alpha.es.md | a current translation / an outdated one (wrong hash) |
/// | guides/websites/beta.md, beta.fr.md | related and xref to alpha; a translation without hash |
/// | guides/websites/gamma.md | uid override, named by alpha's related: a rename keeps its uid |
/// | guides/websites/delta.md | a draft guide |
/// | guides/open-data/epsilon.md, zeta.md | unreferenced guides of the second section; zeta has a uid and an order |
/// | guides/archives/records.md | the third section's one guide, with a tag of its own |
/// | case-studies/kenya.md (+ .fr current) | every case-study key |
/// | case-studies/brazil.md | uid override (brazil-study) cited by beta and epsilon |
/// | case-studies/france.md, india.md | uncited: uid present / absent; india has no themes (SG0118) |
/// | case-studies/chile.md | a draft case study |
/// | pages/about.md (+ .fr current), contribute.md (+ .es outdated), terms.md, legal.md (draft) | pages: about has no order,
/// contribute and terms have, so that adding, changing and removing an order each move a page |
/// </remarks>
public static class OracleFixture
{
    public const string ImagePath = "assets/chart.png";

    /// <summary>A 1×1 PNG.</summary>
    public static byte[] Image { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private const string SiteYml = """
        title:
          en: "Oracle guides"
          fr: "Guides de l'oracle"
          es: "Guías del oráculo"
        base_url: https://guides.test/
        default_language: en
        languages: [en, fr, es]
        repository: https://github.com/example/guides
        fallback_owners: ["@example/maintainers"]

        """;

    private const string HubsYml = """
        - id: hub-web
          name:
            en: "Web hub"
            fr: "Pôle web"
            es: "Centro web"
          host: "Test Parliament"
          maintainers: ["@example/web"]
          sections: [websites]

        - id: hub-data
          name: "Data hub"
          host: "Data Parliament"
          maintainers: ["@example/data", "@example/open"]
          sections: [open-data]

        - id: hub-spare
          name: "Spare hub"
          host: "Spare Parliament"

        """;

    private const string WebsitesSection = """
        title:
          en: "Websites"
          fr: "Sites web"
          es: "Sitios web"
        summary: "Building parliamentary websites."
        hub: hub-web
        order: 1

        """;

    private const string OpenDataSection = """
        title: "Open data"
        summary:
          en: "Publishing parliamentary data."
          fr: "Publier les données parlementaires."
          es: "Publicar los datos parlamentarios."
        hub: hub-data
        order: 2

        """;

    private const string ArchivesSection = """
        title: "Archives"
        summary: "Keeping the records."
        hub: hub-web

        """;

    private const string AlphaBody = """

        Alpha introduction, drawing on <xref:kenya>.

        ![A chart of visits per month](../../assets/chart.png)

        ## First part

        Some text about the first part.

        ## Second part

        More text about the second part.

        """;

    private const string Alpha = $"""
        ---
        title: "Alpha guide"
        summary: "How to do the first thing."
        tags: [accessibility, web]
        case_studies: [kenya]
        related: [beta, gamma-guide]
        sources:
          - url: https://www.w3.org/TR/WCAG22/
            title: "WCAG 2.2"
          - https://example.org/alpha-source
        authors: ["A. Writer", "B. Editor"]
        updated: 2024-03-01
        order: 1
        aliases: [/guides/old-alpha/]
        ---
        {AlphaBody}
        """;

    private const string KenyaBody = "\nThe clerks scanned the Hansard.\n";

    private const string Kenya = $"""
        ---
        title: "Kenya's Hansard"
        summary: "What a parliament did with its records."
        parliament: "National Assembly of Kenya"
        country: KE
        year: 2019
        region: "East Africa"
        themes: [websites]
        links: [https://example.org/hansard]
        tags: [hansard, web]
        authors: ["C. Reviewer"]
        updated: 2023-11-20
        aliases: [/case-studies/kenya-hansard/]
        ---
        {KenyaBody}
        """;

    private const string AboutBody = "\nWho we are, and how the guides are made.\n";

    private const string About = $"""
        ---
        title: "About"
        summary: "Who we are."
        tags: [web]
        authors: ["A. Writer"]
        updated: 2024-01-15
        aliases: [/about-us/]
        ---
        {AboutBody}
        """;

    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        ("site.yml", SiteYml),
        ("hubs.yml", HubsYml),
        ("guides/websites/_section.yml", WebsitesSection),
        ("guides/open-data/_section.yml", OpenDataSection),
        ("guides/archives/_section.yml", ArchivesSection),
        ("guides/websites/alpha.md", Alpha),
        ("guides/websites/alpha.fr.md", $"""
            ---
            title: "Le guide alpha"
            summary: "Comment faire la première chose."
            source_hash: {SpecSourceHash.Of("Alpha guide", "How to do the first thing.", AlphaBody)}
            ---

            Introduction alpha, d'après <xref:kenya>.

            ## Première partie {"{#first-part}"}

            Du texte.

            """),
        ("guides/websites/alpha.es.md", """
            ---
            title: "La guía alfa"
            summary: "Cómo hacer la primera cosa."
            source_hash: 000000000000
            ---

            Introducción alfa.

            ## Primera parte {#first-part}

            Texto.

            """),
        ("guides/websites/beta.md", """
            ---
            title: "Beta guide"
            summary: "The second thing, after the first."
            tags: [web]
            case_studies: [brazil-study]
            related: [alpha]
            updated: 2024-02-10
            order: 2
            ---

            Read [the first part](xref:alpha#first-part) first.

            ## Details

            More details.

            """),
        ("guides/websites/beta.fr.md", """
            ---
            title: "Le guide bêta"
            summary: "La deuxième chose."
            ---

            Lisez d'abord [la première partie](xref:alpha#first-part).

            """),
        ("guides/websites/gamma.md", """
            ---
            title: "Gamma guide"
            summary: "A third way."
            uid: gamma-guide
            tags: [open-data]
            order: 3
            ---

            Gamma text.

            """),
        ("guides/websites/delta.md", """
            ---
            title: "Delta guide"
            summary: "Not ready yet."
            draft: true
            ---

            Delta text.

            """),
        ("guides/open-data/epsilon.md", """
            ---
            title: "Epsilon guide"
            summary: "Publishing the data."
            tags: [open-data, web]
            case_studies: [brazil-study]
            related: [alpha]
            authors: ["B. Editor"]
            updated: 2022-06-30
            ---

            Epsilon draws on <xref:brazil-study>.

            """),
        ("guides/open-data/zeta.md", """
            ---
            title: "Zeta guide"
            summary: "The last guide."
            uid: zeta-guide
            order: 1
            ---

            Zeta text.

            """),
        ("guides/archives/records.md", """
            ---
            title: "Records guide"
            summary: "Keeping parliamentary records."
            tags: [records]
            ---

            Records text.

            """),
        ("case-studies/kenya.md", Kenya),
        ("case-studies/kenya.fr.md", $"""
            ---
            title: "Le Hansard du Kenya"
            summary: "Ce qu'a fait un parlement de ses archives."
            source_hash: {SpecSourceHash.Of("Kenya's Hansard", "What a parliament did with its records.", KenyaBody)}
            ---

            Les greffiers ont numérisé le Hansard.

            """),
        ("case-studies/brazil.md", """
            ---
            title: "Brazil's open data"
            summary: "The Chamber published its data."
            parliament: "Chamber of Deputies"
            country: BR
            year: 2021
            themes: [open-data, websites]
            uid: brazil-study
            ---

            The Chamber opened its data.

            """),
        ("case-studies/france.md", """
            ---
            title: "France's assembly"
            summary: "An uncited case study."
            parliament: "Assemblée nationale"
            country: FR
            year: 2018
            themes: [websites]
            uid: france-an
            ---

            The assembly did things.

            """),
        ("case-studies/india.md", """
            ---
            title: "India's records"
            summary: "Another uncited case study."
            parliament: "Lok Sabha"
            country: IN
            year: 2017
            ---

            Records were kept.

            """),
        ("case-studies/chile.md", """
            ---
            title: "Chile's library"
            summary: "A draft case study."
            parliament: "Biblioteca del Congreso Nacional"
            country: CL
            year: 2016
            themes: [open-data]
            draft: true
            ---

            The library.

            """),
        ("pages/about.md", About),
        ("pages/about.fr.md", $"""
            ---
            title: "À propos"
            summary: "Qui nous sommes."
            source_hash: {SpecSourceHash.Of("About", "Who we are.", AboutBody)}
            ---

            Qui nous sommes, et comment les guides sont faits.

            """),
        ("pages/contribute.md", """
            ---
            title: "Contribute"
            uid: how-to-help
            order: 1
            ---

            Open a pull request.

            """),
        ("pages/contribute.es.md", """
            ---
            title: "Contribuir"
            summary: "Cómo ayudar."
            source_hash: abcdefabcdef
            ---

            Abra una solicitud.

            """),
        ("pages/terms.md", """
            ---
            title: "Terms"
            order: 2
            ---

            Terms of use.

            """),
        ("pages/legal.md", """
            ---
            title: "Legal notice"
            draft: true
            ---

            Not yet.

            """),
    ];
}
