using AngleSharp.Dom;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Pages;

/// <summary>Hub pages (host, maintainers, sections, their guides and case studies, translation status), the hub named
/// on each section and guide page, and tag pages in every language.</summary>
public sealed class HubAndTagPagesTests(BuiltCitedSite built) : IClassFixture<BuiltCitedSite>
{
    private TestSite Site => built.Site;

    [Fact]
    public void The_build_has_no_diagnostics()
    {
        Expect.NoDiagnostics(built.Result.Diagnostics);
    }

    [Fact]
    public void A_hub_page_shows_host_maintainers_sections_guides_and_case_studies()
    {
        const string path = "en/hubs/hub-archives/index.html";
        var page = Site.OutputPage(path);

        Assert.Equal("Archives hub", page.QuerySelector("h1")?.TextContent);
        Expect.Lines(Facts(page), ["Host: Archives of the Test Parliament", "Maintainers: @example/archives, alice"]);
        Expect.Lines(Cards(page, path, "sg-sections"), ["Archives -> en/guides/archives/index.html"]);
        Expect.Lines(Cards(page, path, "sg-guides"), ["Keeping -> en/guides/archives/keeping/index.html", "Records -> en/guides/archives/records/index.html"]);
        Expect.Lines(Cards(page, path, "sg-case-studies"), ["Chile's law library -> en/case-studies/chile/index.html", "Kenya's Hansard -> en/case-studies/kenya/index.html"]);
    }

    [Fact]
    public void A_hub_page_shows_the_translation_status_of_its_sections_guides_and_case_studies()
    {
        // hub-archives: keeping, records, chile (no fr) and kenya (fr without source_hash: outdated).
        // hub-web: good, georgia-guide, georgia (no fr), linker (fr without source_hash) and kenya.
        var archives = Site.OutputPage("fr/hubs/hub-archives/index.html");
        var web = Site.OutputPage("fr/hubs/hub-web/index.html");

        Assert.Equal("État de la traduction de ses guides et études de cas", archives.QuerySelector("#sg-translations")?.TextContent);
        Expect.Lines(StatusRows(archives), ["Langue | À jour | À mettre à jour | Non traduits", "fr: français | 0 | 1 | 3"]);
        Expect.Lines(StatusRows(web), ["Langue | À jour | À mettre à jour | Non traduits", "fr: français | 0 | 2 | 3"]);
        Expect.Lines(StatusRows(Site.OutputPage("en/hubs/hub-web/index.html")), ["Language | Up to date | Out of date | Not translated", "fr: French | 0 | 2 | 3"]);
    }

    [Fact]
    public void A_hub_page_in_french_uses_the_french_hub_and_section_names()
    {
        const string path = "fr/hubs/hub-web/index.html";
        var page = Site.OutputPage(path);

        Assert.Equal("Pôle web", page.QuerySelector("h1")?.TextContent);
        Expect.Lines(Cards(page, path, "sg-sections"), ["Sites web -> fr/guides/websites/index.html"]);
        Expect.Lines(Cards(page, path, "sg-guides"),
        [
            "A good guide -> fr/guides/websites/good/index.html",
            "Georgia guide -> fr/guides/websites/georgia-guide/index.html",
            "Lieur -> fr/guides/websites/linker/index.html",
        ]);
    }

    [Fact]
    public void Each_section_page_and_guide_page_names_its_hub_with_a_link_to_the_hub_page()
    {
        foreach (var (path, hub) in new[]
        {
            ("en/guides/websites/index.html", "Web hub -> en/hubs/hub-web/index.html"),
            ("fr/guides/websites/index.html", "Pôle web -> fr/hubs/hub-web/index.html"),
            ("en/guides/archives/index.html", "Archives hub -> en/hubs/hub-archives/index.html"),
            ("fr/guides/archives/index.html", "Pôle archives -> fr/hubs/hub-archives/index.html"),
            ("fr/guides/archives/records/index.html", "Pôle archives -> fr/hubs/hub-archives/index.html"),
        })
        {
            var box = Site.OutputPage(path).QuerySelector(".hub-box")!;
            var link = box.QuerySelector("a")!;
            Assert.Equal(hub, $"{link.TextContent} -> {OutputLinks.Resolve(path, link.GetAttribute("href")!, BuiltCitedSite.BaseUrl)}");
        }
        Assert.Equal("Archives of the Test Parliament", Site.OutputPage("en/guides/archives/index.html").QuerySelector(".hub-box .muted")?.TextContent);
    }

    [Fact]
    public void A_section_page_lists_its_guides_in_order_and_its_case_studies()
    {
        const string path = "en/guides/archives/index.html";
        var page = Site.OutputPage(path);

        Expect.Lines(Cards(page, path, "sg-guides"), ["Keeping -> en/guides/archives/keeping/index.html", "Records -> en/guides/archives/records/index.html"]);
        Expect.Lines(Cards(page, path, "sg-case-studies"), ["Chile's law library -> en/case-studies/chile/index.html", "Kenya's Hansard -> en/case-studies/kenya/index.html"]);
    }

    [Fact]
    public void Tag_pages_exist_in_every_language_and_list_the_tagged_guides_and_case_studies()
    {
        const string en = "en/tags/hansard/index.html";
        const string fr = "fr/tags/hansard/index.html";
        var english = Site.OutputPage(en);
        var french = Site.OutputPage(fr);

        Assert.Equal("Tagged “Hansard”", english.QuerySelector("h1")?.TextContent);
        Assert.Equal("Mot-clé «\u00a0Hansard\u00a0»", french.QuerySelector("h1")?.TextContent);
        Expect.Lines(Cards(english, en, "sg-guides"), ["Keeping -> en/guides/archives/keeping/index.html"]);
        Expect.Lines(Cards(english, en, "sg-case-studies"), ["Kenya's Hansard -> en/case-studies/kenya/index.html"]);
        Expect.Lines(Cards(french, fr, "sg-case-studies"), ["Le Hansard du Kenya -> fr/case-studies/kenya/index.html"]);
        Assert.True(File.Exists(Site.OutputPath("fr/tags/video/index.html")));
        Assert.Equal(["en", "fr"], french.QuerySelectorAll(".lang-switch a").Select(a => OutputLinks.Resolve(fr, a.GetAttribute("href")!, BuiltCitedSite.BaseUrl)![..2]));
    }

    [Fact]
    public void The_tags_on_a_page_link_to_their_tag_page_in_the_page_language()
    {
        const string path = "fr/guides/archives/keeping/index.html";

        var tags = Site.OutputPage(path).QuerySelectorAll(".tags a[rel=tag]")
            .Select(a => $"{a.TextContent} -> {OutputLinks.Resolve(path, a.GetAttribute("href")!, BuiltCitedSite.BaseUrl)}");

        Expect.Lines(tags, ["hansard -> fr/tags/hansard/index.html", "Video -> fr/tags/video/index.html"]);
    }

    private static List<string> Facts(IDocument page) =>
        [.. page.QuerySelectorAll(".hub-facts dt").Select(dt => $"{dt.TextContent}: {string.Join(", ", dt.NextElementSibling!.QuerySelectorAll("li").Select(l => l.TextContent).DefaultIfEmpty(dt.NextElementSibling.TextContent))}")];

    private static List<string> Cards(IDocument page, string path, string section) =>
        [.. page.QuerySelectorAll($"section[aria-labelledby={section}] .card-title a")
            .Select(a => $"{a.TextContent} -> {OutputLinks.Resolve(path, a.GetAttribute("href")!, BuiltCitedSite.BaseUrl)}")];

    private static List<string> StatusRows(IDocument page) =>
        [.. page.QuerySelectorAll(".translation-status tr").Select(tr => (tr.GetAttribute("data-language") is { } code ? code + ": " : "") +
            string.Join(" | ", tr.Children.Select(c => c.TextContent)))];
}
