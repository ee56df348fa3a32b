namespace StatiqGuides.Tests.Testing;

/// <summary>A site in en and fr with two sections owned by two hubs, three case studies, and guides citing them
/// through each path: <c>case_studies:</c>, <c>[text](xref:uid)</c> and <c>&lt;xref:uid&gt;</c>.</summary>
/// <remarks>
/// websites (hub-web, @example/web): good (cites kenya in front matter), linker (xref: link to kenya; fr translated),
/// georgia-guide (cites georgia). archives (hub-archives, @example/archives and alice): keeping (&lt;xref:kenya&gt;),
/// records (kenya in front matter and in an xref, chile in front matter).
/// kenya: KE, Africa, 2011, themes websites + archives, fr translated. chile: CL, Americas, 2018, archives.
/// georgia: GE, Europe, 2015, websites. A page, about, translated into fr.
/// </remarks>
public static class CitedSite
{
    public const string HubsYml = """
        - id: hub-web
          name: {en: Web hub, fr: Pôle web}
          host: Test Parliament
          maintainers: ["@example/web"]
          sections: [websites]
        - id: hub-archives
          name: {en: Archives hub, fr: Pôle archives}
          host: Archives of the Test Parliament
          maintainers: ["@example/archives", "alice"]
          sections: [archives]

        """;

    public static TestSite Create() => TestSite.Create().WithLanguages("en", "fr")
        .WithFile("hubs.yml", HubsYml)
        .WithFile("guides/websites/_section.yml", "title: {en: Websites, fr: Sites web}\nsummary: {en: Building websites., fr: Construire des sites.}\nhub: hub-web\norder: 1\n")
        .WithFile("guides/archives/_section.yml", "title: {en: Archives, fr: Archives}\nsummary: {en: Keeping records., fr: Conserver.}\nhub: hub-archives\norder: 2\n")
        .WithCaseStudy("kenya", "title: Kenya's Hansard\nregion: Africa\nyear: 2011\nthemes: [websites, archives]\ntags: [Hansard]")
        .WithFile("case-studies/kenya.fr.md", "---\ntitle: Le Hansard du Kenya\nsummary: Ce qu'a fait un parlement.\n---\n\nDu texte.\n")
        .WithCaseStudy("chile", "title: Chile's law library\ncountry: CL\nregion: Americas\nyear: 2018\nthemes: [archives]", cited: false)
        .WithCaseStudy("georgia", "title: Georgia's open parliament\ncountry: GE\nregion: Europe\nyear: 2015", cited: false)
        .WithGuide("linker", "title: Linker\nsummary: Links in the body.", "Read [the Kenyan story](xref:kenya).\n")
        .WithFile("guides/websites/linker.fr.md", "---\ntitle: Lieur\nsummary: Des liens dans le texte.\n---\n\nLisez [l'histoire kényane](xref:kenya).\n")
        .WithGuide("georgia-guide", "title: Georgia guide\nsummary: S\ncase_studies: [georgia]")
        .WithFile("guides/archives/keeping.md", "---\ntitle: Keeping\nsummary: An autolink.\ntags: [hansard, Video]\n---\n\nAs <xref:kenya> shows.\n")
        .WithFile("pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\n\nAbout us.\n")
        .WithFile("pages/about.fr.md", "---\ntitle: À propos\nsummary: Qui nous sommes.\n---\n\nÀ propos de nous.\n")
        .WithFile("guides/archives/records.md", "---\ntitle: Records\nsummary: Both paths.\ncase_studies: [kenya, chile]\n---\n\nSee [Kenya](xref:kenya) again.\n");
}
