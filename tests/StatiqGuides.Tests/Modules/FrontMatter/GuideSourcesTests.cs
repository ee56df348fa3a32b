using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.FrontMatter;

/// <summary>A guide's <c>sources</c> key (SPEC §1): https URLs, as strings or <c>{url, title}</c>, checked where they are
/// written, inherited by translations and shown after the body on the guide page and the section's printable page.</summary>
public sealed class GuideSourcesTests
{
    private const string Page = "en/guides/websites/sourced/index.html";

    private const string Sourced = """
        title: Sourced
        summary: S
        sources:
          - https://example.org/report?year=2024&lang=en
          - url: https://www.ipu.org/ai-guidelines/about-guidelines
            title: "IPU, Guidelines for AI in parliaments <2024>"
        """;

    [Fact]
    public async Task Valid_sources_are_listed_after_the_body_in_the_order_written()
    {
        using var site = TestSite.Create().WithGuide("sourced", Sourced, "## Body\n\nText.\n");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        var page = run.Page(Page);
        var section = page.QuerySelector("article section.sources");
        Assert.NotNull(section);
        Assert.Equal("sg-sources", section.GetAttribute("aria-labelledby"));
        Assert.Equal("Sources", page.QuerySelector("h2#sg-sources")?.TextContent);
        // After the body, before the cited case studies and related guides.
        Assert.Equal("prose", section.PreviousElementSibling?.ClassName);
        Assert.Equal("page-extras", section.NextElementSibling?.ClassName);
        var links = section.QuerySelectorAll("li a");
        Assert.Equal(["https://example.org/report?year=2024&lang=en", "https://www.ipu.org/ai-guidelines/about-guidelines"],
            links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal("external", a.GetAttribute("rel")));
    }

    [Fact]
    public async Task A_source_written_as_a_string_shows_its_address_without_the_scheme()
    {
        using var site = TestSite.Create().WithGuide("sourced", Sourced);

        var run = await site.CheckAsync();

        var first = run.Page(Page).QuerySelector(".sources li a");
        Assert.Equal("example.org/report?year=2024&lang=en", first?.TextContent);
        Assert.Equal("url", first?.ClassName);
    }

    [Fact]
    public async Task A_source_written_as_a_mapping_shows_its_title_escaped()
    {
        using var site = TestSite.Create().WithGuide("sourced", Sourced);

        var run = await site.CheckAsync();

        var second = run.Page(Page).QuerySelectorAll(".sources li a")[1];
        Assert.Equal("IPU, Guidelines for AI in parliaments <2024>", second.TextContent);
        Assert.Empty(second.Children);
        Assert.DoesNotContain("url", second.ClassList);
    }

    [Fact]
    public async Task A_single_source_on_the_key_line_is_a_list_of_one()
    {
        using var site = TestSite.Create().WithGuide("sourced", "title: Sourced\nsummary: S\nsources: https://example.org/one");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        Assert.Equal(["https://example.org/one"], run.Page(Page).QuerySelectorAll(".sources a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_guide_without_sources_has_no_sources_section()
    {
        using var site = TestSite.Create();

        var run = await site.CheckAsync();

        Assert.Null(run.Page(TestSite.GoodGuidePage).QuerySelector(".sources"));
        Assert.Null(run.Page(TestSite.GoodGuidePage).QuerySelector("#sg-sources"));
    }

    [Fact]
    public async Task Malformed_URLs_report_SG0250_at_their_place_and_the_good_sources_are_kept()
    {
        using var site = TestSite.Create().WithGuide("sourced", """
            title: Sourced
            summary: S
            sources:
              - https://example.org/kept
              - not a url
              - javascript:alert(1)
              - https://user:secret@example.org/
              - url: /relative/path
                title: Relative
              - https://exa mple.org/
            """);

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/sourced.md:6:5: error SG0250: 'sources' must list absolute https URLs, found 'not a url'",
            "input/guides/websites/sourced.md:7:5: error SG0250: 'sources' must list absolute https URLs, found 'javascript:alert(1)'",
            "input/guides/websites/sourced.md:8:5: error SG0250: 'sources' must list absolute https URLs, found 'https://user:secret@example.org/'",
            "input/guides/websites/sourced.md:9:10: error SG0250: 'sources' must list absolute https URLs, found '/relative/path'",
            "input/guides/websites/sourced.md:11:5: error SG0250: 'sources' must list absolute https URLs, found 'https://exa mple.org/'");
        Assert.Equal(["https://example.org/kept"], run.Page(Page).QuerySelectorAll(".sources a").Select(a => a.GetAttribute("href")));
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task An_http_URL_is_refused_with_SG0251()
    {
        using var site = TestSite.Create().WithGuide("sourced", """
            title: Sourced
            summary: S
            sources:
              - url: http://avoindata.eduskunta.fi/help.html
                title: Eduskunta open data help
            """);

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/sourced.md:5:10: error SG0251: 'sources' must list https URLs, found the http URL 'http://avoindata.eduskunta.fi/help.html'");
        Assert.Null(run.Page(Page).QuerySelector(".sources"));
    }

    [Fact]
    public async Task Items_of_the_wrong_shape_report_SG0252_unknown_keys_SG0253_and_duplicates_SG0254()
    {
        using var site = TestSite.Create().WithGuide("sourced", """
            title: Sourced
            summary: S
            sources:
              - [https://example.org/nested]
              - title: No address
              - url: https://example.org/a
                titel: Misspelt
              - https://example.org/a
              - url: https://example.org/b
                title: [not, text]
            """);

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/sourced.md:5:5: error SG0252: a 'sources' item must be a URL or a mapping with 'url' and an optional 'title', found a list",
            "input/guides/websites/sourced.md:6:5: error SG0252: a 'sources' item must be a URL or a mapping with 'url' and an optional 'title', found a mapping without 'url'",
            "input/guides/websites/sourced.md:8:5: warning SG0253: unknown key 'titel' in a 'sources' item",
            "input/guides/websites/sourced.md:9:5: warning SG0254: source 'https://example.org/a' is listed twice (first on line 7)",
            "input/guides/websites/sourced.md:11:12: error SG0202: 'sources: title' must be a string, found a list");
        Assert.Equal(["https://example.org/a", "https://example.org/b"], run.Page(Page).QuerySelectorAll(".sources a").Select(a => a.GetAttribute("href")));
        Assert.Equal("example.org/b", run.Page(Page).QuerySelectorAll(".sources a")[1].TextContent);
    }

    [Fact]
    public async Task Sources_on_a_case_study_are_an_unknown_key()
    {
        using var site = TestSite.Create().WithCaseStudy("case", "sources: [https://example.org/]");

        var run = await site.CheckAsync();

        Assert.Contains(run.Lines, l => l.EndsWith("warning SG0206: unknown key 'sources'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_translation_inherits_the_sources_and_heads_them_in_its_language()
    {
        const string Body = "\nText.\n";
        var hash = SpecSourceHash.Of("Sourced", "S", Body);
        using var site = TestSite.Create().WithLanguages("en", "fr", "es")
            .WithGuide("sourced", Sourced, Body.TrimStart('\n'))
            .WithFile("guides/websites/sourced.fr.md", $"---\ntitle: Sourcé\nsummary: S\nsource_hash: {hash}\n---\n\nTexte.\n")
            .WithFile("guides/websites/sourced.es.md",
                $"---\ntitle: Con fuentes\nsummary: S\nsource_hash: {hash}\nsources:\n  - url: https://example.org/es\n    title: Fuente en español\n---\n\nTexto.\n");

        var run = await site.CheckAsync();

        Assert.DoesNotContain(run.Lines, l => l.Contains("sourced", StringComparison.Ordinal));
        var french = run.Page("fr/guides/websites/sourced/index.html");
        Assert.Equal("Sources", french.QuerySelector("#sg-sources")?.TextContent);
        Assert.Equal(["https://example.org/report?year=2024&lang=en", "https://www.ipu.org/ai-guidelines/about-guidelines"],
            french.QuerySelectorAll(".sources a").Select(a => a.GetAttribute("href")));
        // The inherited titles are English: marked so, for screen readers; a bare address has no language.
        Assert.Equal([null, "en"], french.QuerySelectorAll(".sources a").Select(a => a.GetAttribute("lang")));
        // A translation that repeats the key keeps its own list (titles in its language).
        var spanish = run.Page("es/guides/websites/sourced/index.html");
        Assert.Equal("Fuentes", spanish.QuerySelector("#sg-sources")?.TextContent);
        Assert.Equal(["Fuente en español"], spanish.QuerySelectorAll(".sources a").Select(a => a.TextContent));
        Assert.Null(spanish.QuerySelector(".sources a")?.GetAttribute("lang"));
        Assert.Null(run.Page(Page).QuerySelector(".sources a[lang]"));
    }

    [Fact]
    public async Task The_printable_page_lists_each_guides_sources_after_its_body()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr").WithGuide("sourced", Sourced + "\norder: 1");

        var run = await site.CheckAsync();

        var page = run.Page("en/guides/websites/print/index.html");
        var sources = page.QuerySelector("article#sourced > section.sources");
        Assert.NotNull(sources);
        Assert.Equal("prose", sources.PreviousElementSibling?.ClassName);
        Assert.Equal("sourced--sg-sources", page.QuerySelector("#sourced section.sources h3")?.Id);
        Assert.Equal(2, sources.QuerySelectorAll("li a[rel=external]").Length);
        Assert.Null(page.QuerySelector("article#good .sources"));
        Assert.Equal(page.QuerySelectorAll("[id]").Length, page.QuerySelectorAll("[id]").Select(e => e.Id).Distinct().Count());
        // The untranslated guide, read in French, still heads its sources in the page's language.
        Assert.Equal("Sources", run.Page("fr/guides/websites/print/index.html").QuerySelector("#sourced--sg-sources")?.TextContent);
    }
}
