using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Pages;

/// <summary>Related guides: the explicit <c>related:</c> first, in its order, then the guides sharing the most case
/// studies, then the most tags, ties broken by uid, at most five.</summary>
public sealed class RelatedGuidesTests
{
    private static TestSite Site() => TestSite.Create()
        .WithCaseStudy("cs1", cited: false)
        .WithCaseStudy("cs2", cited: false)
        .WithGuide("main", "title: Main\nsummary: S\nrelated: [zeta, alpha]\ncase_studies: [cs1, cs2]\ntags: [Video, Open data]")
        .WithGuide("zeta", "title: Zeta\nsummary: S")
        .WithGuide("alpha", "title: Alpha\nsummary: S")
        .WithGuide("shares-two", "title: Z shares two\nsummary: S\ncase_studies: [cs2, cs1]")
        .WithGuide("shares-one-and-tags", "title: Shares one and tags\nsummary: S\ncase_studies: [cs1]\ntags: [video, open data]")
        .WithGuide("b-shares-one", "title: A shares one\nsummary: S\ncase_studies: [cs2]")
        .WithGuide("a-shares-one", "title: B shares one\nsummary: S\ncase_studies: [cs1]")
        .WithGuide("tags-two", "title: Tags two\nsummary: S\ntags: [Video, Open data]")
        .WithGuide("tag-one", "title: Tag one\nsummary: S\ntags: [Video]")
        .WithGuide("unrelated", "title: Unrelated\nsummary: S\ntags: [Other]");

    [Fact]
    public async Task Explicit_related_come_first_then_shared_case_studies_then_shared_tags_then_uid_at_most_five()
    {
        using var site = Site();

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        Expect.Lines(Related(run, "main"), ["Zeta", "Alpha", "Z shares two", "Shares one and tags", "B shares one"]);
    }

    [Fact]
    public async Task Without_explicit_related_the_guides_sharing_most_come_first_and_guides_sharing_nothing_never()
    {
        using var site = Site();

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        // shares-one-and-tags: 1 case study + 2 tags; tags-two: 2 tags; tag-one: 1 tag; main: 1 case study + 2 tags.
        Expect.Lines(Related(run, "tags-two"), ["Main", "Shares one and tags", "Tag one"]);
        Expect.Lines(Related(run, "a-shares-one"), ["Main", "Shares one and tags", "Z shares two"]);
        Assert.Empty(Related(run, "unrelated"));
        Assert.Null(run.Page("en/guides/websites/unrelated/index.html").QuerySelector("#sg-related"));
    }

    [Fact]
    public async Task Explicit_related_beyond_five_are_cut_and_a_guide_never_lists_itself_or_a_guide_twice()
    {
        using var site = Site()
            .WithGuide("many", "title: Many\nsummary: S\nrelated: [many, zeta, zeta, alpha, tag-one, tags-two, unrelated, main]");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        Expect.Lines(Related(run, "many"), ["Zeta", "Alpha", "Tag one", "Tags two", "Unrelated"]);
    }

    [Fact]
    public async Task A_case_study_cited_by_an_xref_in_the_body_counts_as_shared()
    {
        using var site = Site()
            .WithGuide("by-xref", "title: By xref\nsummary: S", "As <xref:cs1> and [this](xref:cs2) show.\n");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        // It has no tags: after the two guides sharing both case studies come those sharing one, by uid.
        Expect.Lines(Related(run, "by-xref"), ["Main", "Z shares two", "B shares one", "A shares one", "Shares one and tags"]);
    }

    [Fact]
    public async Task The_related_links_name_the_guide_pages_in_the_page_language()
    {
        using var site = Site().WithLanguages("en", "fr")
            .WithFile("guides/websites/zeta.fr.md", "---\ntitle: Zêta\nsummary: S\n---\n\nTexte.\n");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        var links = run.Page("fr/guides/websites/main/index.html").QuerySelectorAll("section[aria-labelledby=sg-related] .card-title").ToList();
        Assert.Equal(("Zêta", null), (links[0].TextContent, links[0].GetAttribute("lang")));
        Assert.Equal(("Alpha", "en"), (links[1].TextContent, links[1].GetAttribute("lang")));
        Assert.Equal("fr/guides/websites/zeta/index.html", OutputLinks.Resolve("fr/guides/websites/main/index.html", links[0].QuerySelector("a")!.GetAttribute("href")!, "https://guides.test/"));
    }

    private static List<string> Related(CheckRun run, string slug) =>
        [.. run.Page($"en/guides/websites/{slug}/index.html").QuerySelectorAll("section[aria-labelledby=sg-related] .card-title").Select(h => h.TextContent)];
}
