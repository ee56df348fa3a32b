using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Build;

/// <summary>Long real-world lessons (<see cref="LessonCorpus"/>) build with no error: the only diagnostics are the
/// warnings for the front-matter keys we do not know, and every lesson is rendered whole.</summary>
public sealed class LessonCorpusBuildTests
{
    private const int Lessons = 8;

    [Fact]
    public async Task Long_lessons_with_code_tables_footnotes_and_non_breaking_spaces_build_with_only_unknown_key_warnings()
    {
        using var site = TestSite.Create();
        var slugs = LessonCorpus.WriteTo(site, Lessons);

        var result = await site.BuildAsync();

        // Lessons in the manner of The Programming Historian start their sections with '#': a second <h1> (SG0901).
        var expected = slugs.SelectMany(slug => LessonCorpus.UnknownKeys.OrderBy(LessonCorpus.LineOf).Select(key =>
            $"input/guides/websites/{slug}.md:{LessonCorpus.LineOf(key)}:1: warning SG0206: unknown key '{key}'")
            .Append($"input/guides/websites/{slug}.md:32:1: warning SG0901: a level-1 heading 'Lesson Goals' in the body: the page title is the page's only <h1>"));
        // The lessons are long on purpose: each page is over the 100 KB page budget, which check reports (SG0810); the
        // section's printable page, which gathers them, is exempt.
        Expect.Diagnostics(result.Diagnostics.Where(d => d.Code != "SG0810"), [.. expected]);
        Assert.Equal(slugs.Select(s => $"en/guides/websites/{s}/index.html").Order(StringComparer.Ordinal),
            result.Diagnostics.Where(d => d.Code == "SG0810").Select(d => d.Message.Split('\'')[1]).Order(StringComparer.Ordinal));
        foreach (var slug in slugs)
        {
            var page = site.OutputPage($"en/guides/websites/{slug}/index.html");
            var prose = page.QuerySelector(".prose")!;
            Assert.Empty(prose.QuerySelectorAll("script"));
            Assert.Empty(prose.QuerySelectorAll("[onclick], [onmouseover]"));
            Assert.Equal(12, prose.QuerySelectorAll("pre code").Count(c => c.TextContent.StartsWith("<script src=\"counter.js\"></script>\n<button onclick=", StringComparison.Ordinal)));
            Assert.Equal(12, prose.QuerySelectorAll("pre code").Count(c => c.TextContent == "<script>alert(\"indented\")</script>\n<div onmouseover=\"x()\">hover</div>\n"));
            Assert.Contains("\u00A0", prose.TextContent, StringComparison.Ordinal);
            Assert.Contains("{{ site.baseurl }}", prose.TextContent, StringComparison.Ordinal);
            Assert.Equal(12, prose.QuerySelectorAll("table").Length);
            Assert.Equal(12 * 4, prose.QuerySelectorAll("table tr").Length);
            Assert.Equal(2, prose.QuerySelectorAll(".footnotes li").Length);
            Assert.Equal($"../../../../assets/images/{slug}/figure-1.png", prose.QuerySelector("img[alt^='Figure 1']")?.GetAttribute("src"));
            Assert.Equal($"../../../../assets/images/{slug}/figure-1.png", prose.QuerySelector("figure img")?.GetAttribute("src"));
            Assert.Equal("Counting\u00A0Word Frequencies with Python, part " + int.Parse(slug[^3..], System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("h1")?.TextContent);
            var toc = page.QuerySelectorAll("nav.toc > ol > li > a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(12 + 2, toc.Count);
            Assert.Equal(toc.Count, toc.Distinct(StringComparer.Ordinal).Count());
            Assert.All(toc, href => Assert.NotNull(page.GetElementById(href[1..])));
            Assert.True(File.Exists(site.OutputPath($"assets/images/{slug}/figure-1.png")));
        }
    }
}
