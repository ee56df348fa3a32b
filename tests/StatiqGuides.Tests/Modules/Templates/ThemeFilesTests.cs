using System.Security.Cryptography;
using System.Text;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Templates;
using StatiqGuides.Modules.Yaml;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Templates;

/// <summary>The built-in theme under the site's theme folder: a site overrides one file (or one UI string) and keeps
/// the rest, and a site without a theme folder builds with the built-in theme alone.</summary>
public sealed class ThemeFilesTests
{
    [Fact]
    public async Task A_site_without_a_theme_folder_builds_the_same_files_as_one_with_the_repository_theme()
    {
        using var withTheme = TestSite.Create().WithThemeCopy().WithCaseStudy("a-study");
        using var without = TestSite.Create().WithCaseStudy("a-study").WithoutThemeFolder();

        var expected = await withTheme.BuildAsync();
        var actual = await without.BuildAsync();

        Expect.NoDiagnostics(expected.Diagnostics);
        Expect.NoDiagnostics(actual.Diagnostics);
        Assert.True(actual.FilesWritten > 20, $"only {actual.FilesWritten} files were written");
        FolderSnapshot.Of(without.OutputDirectory).AssertSameAs(FolderSnapshot.Of(withTheme.OutputDirectory));
    }

    [Fact]
    public void A_built_in_yaml_file_is_parsed_once_and_a_site_override_of_it_is_read_from_its_file()
    {
        using var site = TestSite.Create().WithThemeFile("i18n/en.yml", "nav:\n  home: \"Start\"\n");
        var files = new ThemeFiles(site.Options());
        var diagnostics = new DiagnosticBag();

        var layers = files.Layers("i18n/en.yml");
        var first = files.ReadYaml(layers[0], diagnostics);
        var again = files.ReadYaml(files.Layers("i18n/en.yml")[0], diagnostics);
        var own = files.ReadYaml(layers[1], diagnostics);

        Assert.Equal([null, site.ThemeFilePath("i18n/en.yml")], layers.Select(l => l.FullPath));
        Assert.Same(first, again);
        Assert.Equal("Start", ((YamlScalar)((YamlMapping)((YamlMapping)own!)["nav"]!)["home"]!).Text);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public async Task A_site_partial_replaces_the_built_in_one_and_the_other_partials_are_kept()
    {
        using var site = TestSite.Create().WithoutThemeFolder()
            .WithThemeFile("partials/footer.liquid", "<footer class=\"site-footer\"><p class=\"ours\">{{ site.title | escape }} · our footer</p></footer>\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run);
        var page = run.Page(TestSite.GoodGuidePage);
        Assert.Equal("Test guides · our footer", page.QuerySelector(".site-footer .ours")?.TextContent);
        Assert.Null(page.QuerySelector(".site-footer nav"));
        Assert.Equal("Skip to content", page.QuerySelector(".skip-link")?.TextContent);
    }

    [Fact]
    public async Task A_site_ui_strings_file_with_one_key_rewords_that_string_and_keeps_the_built_in_others()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr").WithoutThemeFolder()
            .WithThemeFile("i18n/en.yml", "nav:\n  skip: \"Jump to the text\"\n")
            .WithThemeFile("i18n/fr.yml", "nav:\n  skip: \"Aller au texte\"\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run);
        var english = run.Page(TestSite.GoodGuidePage);
        var french = run.Page("fr/guides/websites/good/index.html");
        Assert.Equal(("Jump to the text", "Aller au texte"), (english.QuerySelector(".skip-link")?.TextContent, french.QuerySelector(".skip-link")?.TextContent));
        Assert.Equal(("Case studies", "Études de cas"), (english.QuerySelectorAll(".site-nav a")[^1].TextContent, french.QuerySelectorAll(".site-nav a")[^1].TextContent));
    }

    [Fact]
    public async Task A_key_the_site_adds_to_the_default_language_only_reports_SG0503_at_the_site_file_to_write()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr").WithoutThemeFolder()
            .WithThemeFile("i18n/en.yml", "ours:\n  motto: \"Ours\"\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "theme/i18n/fr.yml:1:1: warning SG0503: UI string 'ours.motto' is missing in 'fr'");
    }

    [Fact]
    public async Task A_site_stylesheet_replaces_the_built_in_one_and_the_built_in_scripts_are_still_written()
    {
        const string Css = "body { color: #123456; }\n";
        using var site = TestSite.Create().WithoutThemeFolder().WithThemeFile("assets/css/site.css", Css);

        var result = await site.BuildAsync();

        Expect.NoDiagnostics(result.Diagnostics);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))[..8];
        var linked = site.OutputPage(TestSite.GoodGuidePage).QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Contains($"../../../../assets/css/site.{hash}.css", linked);
        Assert.Equal(Css, site.ReadOutput($"assets/css/site.{hash}.css"));
        var script = Assert.Single(Directory.GetFiles(site.OutputPath("assets/js"), "site.*.js"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "assets", "js", "site.js")), File.ReadAllBytes(script));
    }

    [Fact]
    public async Task Broken_liquid_in_a_site_override_reports_SG0501_at_the_site_file_and_the_built_in_theme_nothing()
    {
        using var site = TestSite.Create().WithoutThemeFolder().WithThemeFile("partials/toc.liquid", "{% if page.toc %}\n<nav>\n");

        var run = await site.CheckAsync();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("SG0501", "theme/partials/toc.liquid"), (diagnostic.Code, diagnostic.Location.Path));
    }

    [Fact]
    public async Task An_input_file_in_a_built_in_scripts_place_reports_SG0602_naming_the_built_in_file()
    {
        using var site = TestSite.Create().WithoutThemeFolder().WithFile("assets/js/site.js", "alert(1)");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/assets/js/site.js:1:1: error SG0602: 'assets/js/site.js' would be written twice: also by the theme's theme/assets/js/site.js (built-in), which input files cannot replace");
    }
}
