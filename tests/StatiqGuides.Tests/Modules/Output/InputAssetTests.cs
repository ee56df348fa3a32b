using StatiqGuides.Modules.Templates;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Output;

/// <summary>Theme assets are the theme's (issue 9, class 3), and input files a browser would open as documents of the
/// site are refused or checked (class 4).</summary>
public sealed class InputAssetTests
{
    private static string ThemeScriptOutput(TestSite site)
    {
        var path = site.ThemeFilePath("assets/js/site.js");
        return AssetFingerprint.Of(path, "assets/js/site.js").OutputPath;
    }

    [Fact]
    public async Task An_input_file_at_the_theme_scripts_fingerprinted_path_reports_SG0602_naming_both()
    {
        using var site = TestSite.Create();
        var output = ThemeScriptOutput(site);
        site.WithFile(output, "alert(1)");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, $"input/{output}:1:1: error SG0602: '{output}' would be written twice: also by the theme's theme/assets/js/site.js (built-in), which input files cannot replace");
    }

    [Theory]
    [InlineData("assets/js/site.js")]
    [InlineData("assets/js/site.0badf00d.js")]
    [InlineData("assets/JS/SITE.js")]
    public async Task An_input_file_at_the_theme_scripts_own_or_another_fingerprinted_name_reports_SG0602(string path)
    {
        using var site = TestSite.Create().WithFile(path, "alert(1)");

        var run = await site.CheckAsync();

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0602" && d.Location.Path == "input/" + path);
    }

    [Theory]
    [InlineData("assets/page.html", "<script>alert(1)</script>")]
    [InlineData("assets/page.HTM", "<p>x</p>")]
    [InlineData("assets/page.xhtml", "<html xmlns='http://www.w3.org/1999/xhtml'><script>alert(1)</script></html>")]
    [InlineData("assets/feed.xml", "<?xml-stylesheet type='text/xsl' href='x.xsl'?><a/>")]
    [InlineData("assets/evil.svg", "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")]
    [InlineData("assets/script.svg", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")]
    [InlineData("assets/object.svg", "<svg xmlns='http://www.w3.org/2000/svg'><foreignObject><body xmlns='http://www.w3.org/1999/xhtml'><script>alert(1)</script></body></foreignObject></svg>")]
    [InlineData("assets/entity.svg", "<!DOCTYPE svg [<!ENTITY e '&#60;script&#62;alert(1)&#60;/script&#62;'>]><svg xmlns='http://www.w3.org/2000/svg'>&e;</svg>")]
    [InlineData("assets/link.svg", "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'><a xlink:href='javascript:alert(1)'><text>x</text></a></svg>")]
    [InlineData("assets/prefixed.svg", "<s:svg xmlns:s='http://www.w3.org/2000/svg'><s:script>alert(1)</s:script></s:svg>")]
    public async Task A_document_asset_that_can_run_script_reports_SG0310_and_is_not_published(string path, string content)
    {
        using var site = TestSite.Create().WithFile(path, content);

        var run = await site.CheckAsync();
        var build = await site.BuildAsync();

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0310" && d.Location.Path == "input/" + path);
        Assert.True(build.Errors > 0);
        Assert.False(File.Exists(site.OutputPath(path)));
    }

    [Fact]
    public async Task A_drawing_only_svg_is_published_as_it_is()
    {
        const string svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>Dot</title><circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#036\"/></svg>\n";
        using var site = TestSite.Create().WithFile("assets/dot.svg", svg);

        var build = await site.BuildAsync();

        // Published online although no page uses it; the page budgets (issue 14) only say that bundles leave it out.
        Expect.Diagnostics(build.Diagnostics, "input/assets/dot.svg:1:1: warning SG0813: no page uses this asset: it is left out of the offline bundles");
        Assert.Equal(svg, site.ReadOutput("assets/dot.svg"));
    }
}
