namespace StatiqGuides.Tests.Testing;

/// <summary>A small site in English and Spanish whose guides match "data" in a different field each, for search
/// tests: <c>portals</c> in its title, <c>formats</c> in a heading, <c>licences</c> in its summary, <c>outreach</c>
/// only in its body; <c>records</c> with "Zanzibar" far into its body; and a Spanish translation whose summary says "Participación".</summary>
public static class SearchSite
{
    public static TestSite Create() => TestSite.Create().WithLanguages("en", "es")
        .WithGuide("portals", "title: Data portals\nsummary: Where to publish.\norder: 4", "## Planning\n\nSome text.\n")
        .WithGuide("formats", "title: File formats\nsummary: Choosing formats.\norder: 3", "## Data dictionaries\n\nSome text.\n")
        .WithGuide("licences", "title: Licences\nsummary: Licensing data for reuse.\norder: 2", "Some text.\n")
        .WithGuide("outreach", "title: Outreach\nsummary: Telling people.\norder: 1",
            "Share the data with journalists.\n\n```\ndata-in-code-only\n```\n")
        .WithGuide("records", "title: Records\nsummary: Keeping records.\norder: 5",
            // Past a snippet's length (240 characters), within the excerpt a result keeps (320).
            string.Concat(Enumerable.Repeat("Every chamber keeps its minutes in order. ", 6)) + "The Zanzibar minutes came last.\n")
        .WithFile("guides/websites/licences.es.md", "---\ntitle: Licencias\nsummary: Participación ciudadana y licencias.\n---\n\nTexto.\n");
}
