using System.Text;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>Linear on hostile sizes (issue 9, class 7): ids of repeated headings come from a counter per base id, and
/// nesting past the limit is refused before parsing (SG0007).</summary>
public sealed class HostileSizeTests
{
    [Fact]
    public async Task Thirty_thousand_identical_headings_get_the_ids_markdig_would_give()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 30_000; i++) body.Append("## Same\n\n");
        body.Append("## Same 1\n");
        using var site = TestSite.Create().WithGuide("many", "title: Many\nsummary: S", body.ToString());

        var run = await site.CheckAsync();

        // The page is 2 MB by design: over the page budget, which is all check says about it. Its weight includes the
        // theme's stylesheet, so a line of CSS moves it by a kilobyte: the size is not pinned to the kilobyte.
        var line = Assert.Single(DiagnosticLines.Of(run.Diagnostics));
        Assert.Matches(@"^input/site\.yml:1:1: warning SG0810: the page 'en/guides/websites/many/index\.html' weighs 20[45]\d KB of HTML, CSS and JavaScript, over the budget of 100 KB$", line);
        var ids = run.Page("en/guides/websites/many/index.html").QuerySelectorAll(".prose h2").Select(h => h.Id).ToList();
        Assert.Equal(30_001, ids.Count);
        Assert.Equal(["same", "same-1", "same-2"], ids.Take(3));
        Assert.Equal("same-29999", ids[29_999]);
        Assert.Equal("same-1-1", ids[30_000]);
    }

    [Theory]
    [InlineData('>')]
    [InlineData('[')]
    public async Task Nesting_past_the_limit_reports_SG0007_before_parsing(char marker)
    {
        using var site = TestSite.Create().WithGuide("deep", "title: Deep\nsummary: S", "Intro\n\n" + new string(marker, 100_000) + " x\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run, "input/guides/websites/deep.md:8:1: error SG0007: the Markdown is nested too deeply to render (quotes, lists, brackets or emphasis hundreds of levels deep)");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
    }
}
