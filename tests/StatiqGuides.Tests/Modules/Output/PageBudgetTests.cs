using System.IO.Compression;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.Bundles;
using StatiqGuides.Modules.Output;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Output;

/// <summary>The page budgets of issue 14: check warns for a page over 100 KB of HTML, CSS and JavaScript, a page
/// loading over 30 KB of JavaScript, an image over 500 KB and an asset no page uses; each warning names site.yml
/// (for pages) or the asset, and the page or file is still published online.</summary>
public sealed class PageBudgetTests
{
    private const string SiteYml = "input/site.yml:1:1";

    [Fact]
    public async Task A_guide_whose_page_weighs_over_100_KB_reports_SG0810_and_is_still_published()
    {
        var body = string.Concat(Enumerable.Repeat("A paragraph of the long guide, written out in full words.\n\n", 2_000));
        using var site = TestSite.Create().WithGuide("long", "title: Long\nsummary: Very long.", body);

        var run = await site.CheckAsync();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("SG0810", Severity.Warning, "input/site.yml"), (diagnostic.Code, diagnostic.Severity, diagnostic.Location.Path));
        Assert.Matches(@"^the page 'en/guides/websites/long/index\.html' weighs \d+ KB of HTML, CSS and JavaScript, over the budget of 100 KB$", diagnostic.Message);
        Assert.Contains("en/guides/websites/long/index.html", run.Pages.Keys);
    }

    [Fact]
    public async Task A_theme_script_over_30_KB_reports_SG0811_for_every_page_that_loads_it()
    {
        var script = string.Concat(Enumerable.Repeat("// A theme script grown far past its budget.\n", 1_000));
        using var site = TestSite.Create().WithThemeFile("assets/js/site.js", script);

        var run = await site.CheckAsync();

        Assert.All(run.Diagnostics, d => Assert.Equal(("SG0811", Severity.Warning), (d.Code, d.Severity)));
        Assert.Contains($"{SiteYml}: warning SG0811: the page '{TestSite.GoodGuidePage}' loads 44 KB of JavaScript, over the budget of 30 KB",
            run.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task A_host_pipelines_pages_are_held_to_the_budget_and_of_two_files_at_one_path_only_the_one_written_is()
    {
        // Both host pages weigh over 100 KB; the second is at the path of the site's own guide page, which is the one kept.
        var heavy = "<!DOCTYPE html><p>" + new string('x', 120 * 1024) + "</p>";
        using var site = TestSite.Create();
        var setup = new SiteSetup().ConfigurePipelines(s => s.Graph.AddTo(s.SiteFiles, s.Graph.Add("HostPages", new HostPages(
            [OutputFile.FromText("en/host/index.html", heavy), OutputFile.FromText(TestSite.GoodGuidePage, heavy)])).Publish()));

        var result = await SiteBuilder.RunAsync(site.Options(), write: true, setup);

        Assert.Contains(result.Diagnostics, d => d.Code == "SG0602" && d.Message.Contains(TestSite.GoodGuidePage, StringComparison.Ordinal));
        var overBudget = Assert.Single(result.Diagnostics, d => d.Code == "SG0810");
        Assert.StartsWith("the page 'en/host/index.html' weighs 121 KB", overBudget.Message, StringComparison.Ordinal);
    }

    private sealed class HostPages(IReadOnlyList<OutputFile> pages) : PipelineModule<NoInput, IReadOnlyList<OutputFile>>
    {
        public override ValueTask<IReadOnlyList<OutputFile>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(pages);
    }

    [Fact]
    public async Task An_image_over_500_KB_reports_SG0812_at_the_image()
    {
        var png = new byte[PageBudget.ImageBytes + 1024];
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(png, 0);
        using var site = TestSite.Create().WithBytes("assets/photo.png", png)
            .WithGuide("photo", "title: Photo\nsummary: With a photo.", "![A photo](../../assets/photo.png)\n");

        var run = await site.CheckAsync();

        Assert.Contains("input/assets/photo.png:1:1: warning SG0812: the image weighs 501 KB, over the budget of 500 KB",
            run.Diagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain(run.Diagnostics, d => d.Code == "SG0813");
    }

    [Fact]
    public async Task An_asset_no_page_uses_reports_SG0813_is_published_online_and_left_out_of_the_bundles()
    {
        using var site = TestSite.Create().WithFile("assets/forgotten.txt", "nobody links here");

        var build = await site.BuildAsync();

        Expect.Diagnostics(build.Diagnostics, "input/assets/forgotten.txt:1:1: warning SG0813: no page uses this asset: it is left out of the offline bundles");
        Assert.Equal("nobody links here", site.ReadOutput("assets/forgotten.txt"));
        var bundled = await BundleBuilder.RunAsync(site.Options(Path.Combine(site.Root, "bundles")),
            new BundleRequest([]) { Formats = new HashSet<BundleFormat> { BundleFormat.Zip } });
        Assert.All(bundled.Diagnostics, d => Assert.Equal("SG0813", d.Code));
        using var zip = ZipFile.OpenRead(Path.Combine(site.Root, "bundles", BundleNames.Zip("en")));
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith("/" + TestSite.GoodGuidePage, StringComparison.Ordinal));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith("/assets/forgotten.txt", StringComparison.Ordinal));
    }
}
