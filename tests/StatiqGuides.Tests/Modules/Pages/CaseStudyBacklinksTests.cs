using AngleSharp.Dom;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Pages;

/// <summary>A case-study page lists every guide that cites it, through <c>case_studies:</c>, <c>[text](xref:uid)</c>
/// or <c>&lt;xref:uid&gt;</c>, grouped by section, in every language.</summary>
public sealed class CaseStudyBacklinksTests(BuiltCitedSite built) : IClassFixture<BuiltCitedSite>
{
    private TestSite Site => built.Site;

    [Fact]
    public void The_build_has_no_diagnostics()
    {
        Expect.NoDiagnostics(built.Result.Diagnostics);
    }

    [Fact]
    public void Guides_citing_through_front_matter_an_xref_link_and_an_xref_autolink_are_listed_by_section()
    {
        const string path = "en/case-studies/kenya/index.html";

        var backlinks = Backlinks(Site.OutputPage(path), path);

        Expect.Lines(backlinks,
        [
            "## Websites",
            "A good guide -> en/guides/websites/good/index.html",
            "Linker -> en/guides/websites/linker/index.html",
            "## Archives",
            "Keeping -> en/guides/archives/keeping/index.html",
            "Records -> en/guides/archives/records/index.html",
        ]);
    }

    [Fact]
    public void In_another_language_the_backlinks_use_translated_titles_and_mark_untranslated_guides_english()
    {
        const string path = "fr/case-studies/kenya/index.html";
        var page = Site.OutputPage(path);

        Expect.Lines(Backlinks(page, path),
        [
            "## Sites web",
            "A good guide [en] -> fr/guides/websites/good/index.html",
            "Lieur -> fr/guides/websites/linker/index.html",
            "## Archives",
            "Keeping [en] -> fr/guides/archives/keeping/index.html",
            "Records [en] -> fr/guides/archives/records/index.html",
        ]);
        Assert.Equal("Guides qui citent cette étude de cas", page.QuerySelector("#sg-cited-by")?.TextContent);
    }

    [Fact]
    public void A_case_study_cited_by_one_guide_lists_only_that_guide()
    {
        const string path = "fr/case-studies/chile/index.html";

        Expect.Lines(Backlinks(Site.OutputPage(path), path), ["## Archives", "Records [en] -> fr/guides/archives/records/index.html"]);
    }

    [Fact]
    public void Every_backlink_on_every_case_study_page_names_a_written_guide_page()
    {
        foreach (var path in OutputLinks.HtmlPages(Site.OutputDirectory).Where(p => p.Contains("/case-studies/", StringComparison.Ordinal) && !p.EndsWith("case-studies/index.html", StringComparison.Ordinal)))
        {
            var links = Site.OutputPage(path).QuerySelectorAll("section[aria-labelledby=sg-cited-by] .card-title a");
            Assert.NotEmpty(links);
            Assert.All(links, a => Assert.True(File.Exists(Site.OutputPath(OutputLinks.Resolve(path, a.GetAttribute("href")!, BuiltCitedSite.BaseUrl)!)), $"{path}: {a.GetAttribute("href")}"));
        }
    }

    [Fact]
    public void A_guide_page_lists_the_case_studies_it_cites_front_matter_first_then_body_xrefs_without_repeats()
    {
        const string path = "en/guides/archives/records/index.html";

        var cited = Site.OutputPage(path).QuerySelectorAll("section[aria-labelledby=sg-cited] .card-title a")
            .Select(a => $"{a.TextContent} -> {OutputLinks.Resolve(path, a.GetAttribute("href")!, BuiltCitedSite.BaseUrl)}");

        Expect.Lines(cited, ["Kenya's Hansard -> en/case-studies/kenya/index.html", "Chile's law library -> en/case-studies/chile/index.html"]);
    }

    /// <summary>The "cited by" section as lines: "## section" headings, then "title [lang] -> output path".</summary>
    private static List<string> Backlinks(IDocument page, string path)
    {
        var section = page.QuerySelector("section[aria-labelledby=sg-cited-by]")!;
        return [.. section.QuerySelectorAll("h3, .card-title").Select(e => e.LocalName == "h3"
            ? "## " + e.TextContent
            : e.TextContent + (e.GetAttribute("lang") is { } lang ? $" [{lang}]" : "") + " -> " +
              OutputLinks.Resolve(path, e.QuerySelector("a")!.GetAttribute("href")!, BuiltCitedSite.BaseUrl))];
    }
}
