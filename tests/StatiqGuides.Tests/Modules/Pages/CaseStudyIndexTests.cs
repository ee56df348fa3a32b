using AngleSharp.Dom;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Pages;

/// <summary>The case-study index without script: every case study, grouped by theme, each card carrying the data
/// the filters match, and the filter form (hidden until filters.js shows it) offering the values present, with
/// country names in the reader's language. The script itself is exercised in a browser elsewhere.</summary>
public sealed class CaseStudyIndexTests(BuiltCitedSite built) : IClassFixture<BuiltCitedSite>
{
    private TestSite Site => built.Site;

    [Fact]
    public void The_build_has_no_diagnostics()
    {
        Expect.NoDiagnostics(built.Result.Diagnostics);
    }

    [Fact]
    public void Without_script_the_index_is_the_full_list_grouped_by_theme_in_section_order()
    {
        const string path = "en/case-studies/index.html";
        var page = Site.OutputPage(path);

        Expect.Lines(Groups(page, path),
        [
            "## websites Websites",
            "Georgia's open parliament -> en/case-studies/georgia/index.html | theme=websites region=Europe country=GE year=2015 | Georgia · 2015",
            "Kenya's Hansard -> en/case-studies/kenya/index.html | theme=websites archives region=Africa country=KE year=2011 | Kenya · 2011",
            "## archives Archives",
            "Chile's law library -> en/case-studies/chile/index.html | theme=archives region=Americas country=CL year=2018 | Chile · 2018",
            "Kenya's Hansard -> en/case-studies/kenya/index.html | theme=websites archives region=Africa country=KE year=2011 | Kenya · 2011",
        ]);
        Assert.Equal(["#websites", "#archives"], page.QuerySelectorAll(".jump a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("form.filters")?.GetAttribute("hidden"));
        Assert.Empty(page.QuerySelectorAll(".case-study-groups [hidden]"));
    }

    [Fact]
    public void The_filters_offer_theme_region_country_and_year_with_counts()
    {
        var page = Site.OutputPage("en/case-studies/index.html");

        Expect.Lines(Filters(page),
        [
            "theme (Theme): =All | websites=Websites (2) | archives=Archives (2)",
            "region (Region): =All | Africa=Africa (1) | Americas=Americas (1) | Europe=Europe (1)",
            "country (Country): =All | CL=Chile (1) | GE=Georgia (1) | KE=Kenya (1)",
            "year (Year): =All | 2018=2018 (1) | 2015=2015 (1) | 2011=2011 (1)",
        ]);
        Assert.Equal("group", page.QuerySelector("select[data-filter=theme]")?.GetAttribute("data-match"));
    }

    [Fact]
    public void In_french_country_names_themes_and_labels_are_french_and_the_values_stay_the_same()
    {
        const string path = "fr/case-studies/index.html";
        var page = Site.OutputPage(path);

        Expect.Lines(Filters(page),
        [
            "theme (Thème): =Indifférent | websites=Sites web (2) | archives=Archives (2)",
            "region (Région): =Indifférent | Africa=Africa (1) | Americas=Americas (1) | Europe=Europe (1)",
            "country (Pays): =Indifférent | CL=Chili (1) | GE=Géorgie (1) | KE=Kenya (1)",
            "year (Année): =Indifférent | 2018=2018 (1) | 2015=2015 (1) | 2011=2011 (1)",
        ]);
        Expect.Lines(Groups(page, path),
        [
            "## websites Sites web",
            "Georgia's open parliament [en] -> fr/case-studies/georgia/index.html | theme=websites region=Europe country=GE year=2015 | Géorgie · 2015",
            "Le Hansard du Kenya -> fr/case-studies/kenya/index.html | theme=websites archives region=Africa country=KE year=2011 | Kenya · 2011",
            "## archives Archives",
            "Chile's law library [en] -> fr/case-studies/chile/index.html | theme=archives region=Americas country=CL year=2018 | Chili · 2018",
            "Le Hansard du Kenya -> fr/case-studies/kenya/index.html | theme=websites archives region=Africa country=KE year=2011 | Kenya · 2011",
        ]);
    }

    [Fact]
    public void Case_study_cards_elsewhere_carry_no_filter_data()
    {
        var home = Site.OutputPage("en/index.html");

        Assert.NotEmpty(home.QuerySelectorAll("li.card"));
        Assert.Empty(home.QuerySelectorAll("li.card[data-year], li.card[data-theme]"));
        Assert.Empty(Site.OutputPage("en/guides/archives/records/index.html").QuerySelectorAll("li.card[data-year]"));
    }

    [Fact]
    public void The_case_study_page_names_its_country_in_the_reader_language()
    {
        Assert.Equal("Chili", Country(Site.OutputPage("fr/case-studies/chile/index.html")));
        Assert.Equal("Chile", Country(Site.OutputPage("en/case-studies/chile/index.html")));
        Assert.Equal("Géorgie", Country(Site.OutputPage("fr/case-studies/georgia/index.html")));
    }

    [Fact]
    public void The_index_loads_the_filter_script_which_is_written()
    {
        const string path = "en/case-studies/index.html";

        var script = Site.OutputPage(path).QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).Single(s => System.Text.RegularExpressions.Regex.IsMatch(s, @"filters\.[0-9a-f]{8}\.js$"));

        Assert.True(File.Exists(Site.OutputPath(OutputLinks.Resolve(path, script, BuiltCitedSite.BaseUrl)!)));
    }

    [Fact]
    public async Task Country_names_come_from_the_theme_table_not_from_the_page()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr")
            .WithCaseStudy("eu", "country: EU");
        site.WithThemeFile("data/countries.yml", "EU: {en: \"European Union\", fr: \"Union des Vingt-Sept\"}\nKE: {en: Kenya}\n");

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        Assert.Equal("Union des Vingt-Sept", Country(run.Page("fr/case-studies/eu/index.html")));
    }

    private static string? Country(IDocument page) =>
        page.QuerySelectorAll(".facts dt").SingleOrDefault(dt => dt.TextContent is "Country" or "Pays")?.NextElementSibling?.TextContent;

    private static List<string> Groups(IDocument page, string path) =>
    [
        .. page.QuerySelectorAll(".case-study-groups h2, .case-study-groups li.card").Select(e => e.LocalName == "h2"
            ? $"## {e.Id} {e.TextContent}"
            : $"{e.QuerySelector(".card-title")!.TextContent}{(e.QuerySelector(".card-title")!.GetAttribute("lang") is { } lang ? $" [{lang}]" : "")} -> " +
              $"{OutputLinks.Resolve(path, e.QuerySelector("a")!.GetAttribute("href")!, BuiltCitedSite.BaseUrl)} | " +
              $"theme={e.GetAttribute("data-theme")} region={e.GetAttribute("data-region")} country={e.GetAttribute("data-country")} year={e.GetAttribute("data-year")} | " +
              e.QuerySelector(".card-meta")?.TextContent),
    ];

    private static List<string> Filters(IDocument page) =>
    [
        .. page.QuerySelectorAll("form.filters select").Select(s =>
            $"{s.GetAttribute("data-filter")} ({page.QuerySelector($"label[for={s.Id}]")?.TextContent}): " +
            string.Join(" | ", s.QuerySelectorAll("option").Select(o => $"{o.GetAttribute("value")}={o.TextContent}"))),
    ];
}
