using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Golden;

/// <summary>The golden machinery itself: what it scrubs, what it ignores, and the diff it prints.</summary>
public sealed class GoldenHtmlTests
{
    [Fact]
    public void Fingerprints_integrity_hashes_and_timestamps_are_scrubbed_but_dates_are_kept()
    {
        var html = "<link href=\"site.3f2a9c1d.css\" integrity=\"sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC\">"
            + "<script src=\"app-0123abcd89.js?v=a1b2c3d4\"></script><p>Built 2026-12-02T03:40:00Z, updated <time datetime=\"2026-03-01\">1 March 2026</time></p>";

        Assert.Equal(
            "<link href=\"site.HASH.css\" integrity=\"sha384-HASH\"><script src=\"app.HASH.js?v=HASH\"></script><p>Built TIMESTAMP, updated <time datetime=\"2026-03-01\">1 March 2026</time></p>",
            GoldenHtml.Scrub(html));
    }

    [Fact]
    public void Markup_differences_a_browser_ignores_are_not_differences()
    {
        var expected = GoldenHtml.Normalize("<!DOCTYPE html><html lang=\"en\"><body><ul><li>a</li><li>b</li></ul><p class=\"x y\">t</p></body></html>");

        Assert.Empty(GoldenHtml.Differences(expected, GoldenHtml.Normalize("<html lang=\"en\"><body><ul><li>a<li>b</ul><!-- c --><p class=\"y x\">t</body></html>")));
        Assert.Equal(["missing attribute at html(1)[lang]"], GoldenHtml.Differences(expected, GoldenHtml.Normalize("<html><body><ul><li>a<li>b</ul><p class=\"x y\">t</body></html>")));
    }

    [Fact]
    public void The_diff_shows_removed_then_added_lines_with_context()
    {
        var diff = LineDiff.Unified("a\nb\nc\nd\n", "a\nB\nc\nd\n", context: 1);

        Assert.Equal("--- expected\n+++ actual\n@@ expected line 1, actual line 1 @@\n a\n-b\n+B\n c\n", diff);
    }
}
