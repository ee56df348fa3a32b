using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Settings;

public sealed class SettingsDiagnosticsTests
{
    private const string OtherSection = "title: Social media\nsummary: S\nhub: hub-web\norder: 2\n";

    [Fact]
    public async Task A_bad_language_code_reports_SG0208()
    {
        using var site = TestSite.Create().WithFile("site.yml", TestSite.SiteYml.Replace("languages: [en]", "languages: [en, English]", StringComparison.Ordinal));

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/site.yml:4:17: error SG0208: 'English' is not a language code such as en, fr or es");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_default_language_missing_from_languages_reports_SG0208()
    {
        using var site = TestSite.Create().WithFile("site.yml", TestSite.SiteYml.Replace("default_language: en", "default_language: fr", StringComparison.Ordinal));

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/site.yml:3:19: error SG0208: default_language 'fr' is not in 'languages'");
    }

    [Fact]
    public async Task A_relative_base_url_reports_SG0209()
    {
        using var site = TestSite.Create().WithFile("site.yml", TestSite.SiteYml
            .Replace("https://guides.test/", "guides.test", StringComparison.Ordinal)
            .Replace("https://github.com/example/guides", "ftp://example.org/guides", StringComparison.Ordinal));

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/site.yml:2:11: error SG0209: 'base_url' must be an absolute http(s) URL, found 'guides.test'",
            "input/site.yml:5:13: error SG0209: 'repository' must be an absolute http(s) URL, found 'ftp://example.org/guides'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task Two_hubs_with_one_id_report_SG0108()
    {
        using var site = TestSite.Create().WithFile("hubs.yml", TestSite.HubsYml + "- id: hub-web\n  name: Again\n  host: Elsewhere\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/hubs.yml:6:7: error SG0108: duplicate hub id 'hub-web'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_section_naming_an_unknown_hub_reports_SG0104()
    {
        using var site = TestSite.Create().WithFile("guides/websites/_section.yml", TestSite.SectionYml.Replace("hub: hub-web", "hub: hub-nope", StringComparison.Ordinal));

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/_section.yml:3:6: error SG0104: unknown hub 'hub-nope'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_section_no_hub_maintains_reports_SG0109_as_a_warning()
    {
        // _section.yml requires 'hub', so a section without owner always comes with another problem.
        using var site = TestSite.Create().WithFile("guides/social-media/_section.yml", "title: Social media\nsummary: S\norder: 2\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/social-media/_section.yml:1:1: warning SG0109: section 'social-media' is maintained by no hub",
            "input/guides/social-media/_section.yml:1:1: error SG0201: missing required key 'hub'");
        Assert.Contains("en/guides/social-media/index.html", run.Pages.Keys);
    }

    [Fact]
    public async Task A_section_listed_by_two_hubs_reports_SG0110()
    {
        using var site = TestSite.Create().WithFile("hubs.yml", TestSite.HubsYml + "- id: hub-other\n  name: Other\n  host: Elsewhere\n  sections: [websites]\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/hubs.yml:9:14: error SG0110: section 'websites' is listed by hubs 'hub-web' and 'hub-other'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_hub_listing_an_unknown_section_reports_SG0105()
    {
        using var site = TestSite.Create().WithFile("hubs.yml", TestSite.HubsYml.Replace("sections: [websites]", "sections: [websites, archives]", StringComparison.Ordinal));

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/hubs.yml:5:24: error SG0105: unknown section 'archives'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task Sections_are_ordered_by_their_order_key()
    {
        using var site = TestSite.Create()
            .WithFile("guides/social-media/_section.yml", OtherSection.Replace("order: 2", "order: 0", StringComparison.Ordinal));

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        var nav = run.Page("en/index.html").QuerySelectorAll(".site-nav a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Social media", "Websites", "Case studies"], nav);
    }
}
