using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Templates;

public sealed class ThemeDiagnosticsTests
{
    [Fact]
    public async Task Broken_liquid_in_a_layout_reports_SG0501_with_the_theme_file_position()
    {
        using var site = TestSite.Create().WithThemeFile("layouts/section.liquid", "<h1>{{ page.title }}</h1>\n{% if page.guides.size > 0 %}\n<p>unclosed\n");

        var run = await site.CheckAsync();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("SG0501", "theme/layouts/section.liquid"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.StartsWith("template error: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.Location.Line > 1, $"expected a line past the first, got {diagnostic.Location}");
        Assert.DoesNotContain("en/guides/websites/index.html", run.Pages.Keys);
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task Broken_liquid_in_a_partial_reports_SG0501()
    {
        using var site = TestSite.Create().WithThemeFile("partials/broken.liquid", "{{ page.title ");

        var run = await site.CheckAsync();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("SG0501", "theme/partials/broken.liquid"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task An_unknown_variable_in_a_layout_reports_SG0502_and_only_that_layout_is_lost()
    {
        using var site = TestSite.Create();
        site.WithThemeFile("layouts/section.liquid", site.ReadThemeFile("layouts/section.liquid") + "\n{{ page.no_such_member }}\n");

        var run = await site.CheckAsync();

        var diagnostic = Assert.Single(run.Diagnostics);
        var line = site.ReadThemeFile("layouts/section.liquid").Split('\n').Length - 1;
        Assert.Equal(("SG0502", "theme/layouts/section.liquid", line, 9), (diagnostic.Code, diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.StartsWith("rendering with template 'section' failed: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("en/guides/websites/index.html", run.Pages.Keys);
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task An_unknown_filter_reports_SG0502()
    {
        using var site = TestSite.Create();
        site.WithThemeFile("layouts/guide.liquid", site.ReadThemeFile("layouts/guide.liquid") + "\n{{ page.title | no_such_filter }}\n");

        var run = await site.CheckAsync();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("SG0502", "theme/layouts/guide.liquid"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.StartsWith("rendering with template 'guide' failed: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("en/guides/websites/index.html", run.Pages.Keys);
    }

    [Fact]
    public async Task A_ui_string_missing_in_a_language_reports_SG0503_as_a_warning()
    {
        using var site = TestSite.Create()
            .WithFile("site.yml", TestSite.SiteYml.Replace("languages: [en]", "languages: [en, fr]", StringComparison.Ordinal));
        site.WithThemeFile("i18n/en.yml", site.ReadThemeFile("i18n/en.yml") + "test:\n  only_english: \"Only in English\"\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "theme/i18n/fr.yml:1:1: warning SG0503: UI string 'test.only_english' is missing in 'fr'");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }

    [Fact]
    public async Task A_required_ui_string_missing_in_a_default_language_the_built_in_theme_lacks_reports_SG0505()
    {
        // The built-in theme has every required string of its own languages: a site file can reword them, not remove them.
        using var site = TestSite.Create().WithLanguages("pt");
        site.WithThemeFile("i18n/pt.yml", site.ReadThemeFile("i18n/en.yml").Replace("  home: \"Home\"\n", "", StringComparison.Ordinal));

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "theme/i18n/pt.yml:1:1: error SG0505: UI string 'nav.home' is required and missing in the default language");
        Assert.Contains("pt/guides/websites/good/index.html", run.Pages.Keys);
    }

    [Fact]
    public async Task A_layout_deleted_from_the_site_theme_falls_back_to_the_built_in_one()
    {
        using var site = TestSite.Create().WithThemeCopy().WithoutThemeFile("layouts/section.liquid");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run);
        Assert.Equal("Websites", run.Page("en/guides/websites/index.html").QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task An_unknown_variable_in_the_base_layout_is_reported_once_at_its_own_line_not_once_per_page()
    {
        using var site = TestSite.Create();
        site.WithThemeFile("layouts/base.liquid", "{{ page.missing_in_base }}\n" + site.ReadThemeFile("layouts/base.liquid"));

        var run = await site.CheckAsync();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("SG0502", "theme/layouts/base.liquid", 1, 9), (diagnostic.Code, diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public async Task A_missing_partial_reports_SG0508_a_bad_date_format_SG0507_and_a_missing_language_file_SG0509_once()
    {
        using var site = TestSite.Create()
            .WithFile("site.yml", TestSite.SiteYml.Replace("languages: [en]", "languages: [en, pt]", StringComparison.Ordinal));
        site.WithThemeFile("layouts/page.liquid", site.ReadThemeFile("layouts/page.liquid") + "\n{% include 'no-such-partial' %}\n");
        site.WithThemeFile("i18n/en.yml", site.ReadThemeFile("i18n/en.yml").Replace("format: \"d MMMM yyyy\"", "format: \"d MMMM yyyy %\"", StringComparison.Ordinal));

        var run = await site.CheckAsync();

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0508" && d.Location.Path == "theme/layouts/page.liquid" && d.Message == "the theme has no partial 'no-such-partial'");
        Assert.Single(run.Diagnostics, d => d.Code == "SG0509" && d.Location.Path == "theme/i18n/pt.yml");
        Assert.Single(run.Diagnostics, d => d.Code == "SG0507");
        Assert.DoesNotContain(run.Diagnostics, d => d.Code == "SG0503");
    }
}
