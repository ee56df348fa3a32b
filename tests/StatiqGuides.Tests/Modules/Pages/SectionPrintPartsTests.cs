using StatiqGuides.Modules.Pages;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Pages;

/// <summary>A section of more than <see cref="ListingPageViews.GuidesPerPrintPart"/> guides is printed in numbered parts of at most that many, each linked
/// from the section page and from the other parts; a smaller section keeps its one printable page.</summary>
public sealed class SectionPrintPartsTests
{
    private static readonly string[] PartFolders = ["print", "print-2", "print-3"];

    private const int PerPart = ListingPageViews.GuidesPerPrintPart;

    [Fact]
    public async Task A_section_of_two_full_parts_and_six_guides_prints_in_three_parts_linked_from_the_section_page()
    {
        // With the good guide of the test site, the section has 2 × PerPart + 6 guides.
        const int total = (2 * PerPart) + 6;
        using var site = Enumerable.Range(1, total - 1).Aggregate(TestSite.Create().WithLanguages("en", "fr"),
            (s, i) => s.WithGuide($"g-{i:000}", $"title: Guide {i:000}\nsummary: Guide number {i}.\norder: {i}"));

        var result = await site.BuildAsync();

        Expect.NoDiagnostics(result.Diagnostics);
        var parts = PartFolders.Select(p => site.OutputPage($"en/guides/websites/{p}/index.html")).ToList();
        Assert.Equal([PerPart, PerPart, 6], parts.Select(p => p.QuerySelectorAll("article.printed-guide").Length));
        Assert.Equal(total, parts.SelectMany(p => p.QuerySelectorAll("article.printed-guide h2")).Select(h => h.TextContent).Distinct().Count());
        Assert.False(File.Exists(site.OutputPath("en/guides/websites/print-4/index.html")));
        Assert.Equal($"Websites: Part 2 of 3: guides {PerPart + 1} to {2 * PerPart}", parts[1].QuerySelector("h1")!.TextContent);
        Assert.Equal($"Part 2 of 3: guides {PerPart + 1} to {2 * PerPart}", parts[1].QuerySelector(".print-parts [aria-current=page]")!.TextContent);
        Assert.Equal(["../print/", "../print-3/"],
            parts[1].QuerySelectorAll(".print-parts a").Select(a => a.GetAttribute("href")));
        Assert.EndsWith("/fr/guides/websites/print-2/", parts[1].QuerySelector("link[hreflang=fr]")!.GetAttribute("href"), StringComparison.Ordinal);

        var section = site.OutputPage("en/guides/websites/index.html");
        Assert.Equal(["print/", "print-2/", "print-3/"],
            section.QuerySelectorAll(".print-parts a").Select(a => a.GetAttribute("href")));
        Assert.Equal($"Part 3 of 3: guides {(2 * PerPart) + 1} to {total}", section.QuerySelectorAll(".print-parts a")[^1].TextContent);
        Assert.NotNull(site.OutputPage("fr/guides/websites/print-3/index.html").QuerySelector(".print-parts"));
    }

    [Fact]
    public async Task A_section_of_at_most_one_part_of_guides_keeps_one_printable_page_without_parts()
    {
        using var site = Enumerable.Range(1, PerPart - 1).Aggregate(TestSite.Create(),
            (s, i) => s.WithGuide($"g-{i:000}", $"title: Guide {i:000}\nsummary: Guide number {i}."));

        var result = await site.BuildAsync();

        Expect.NoDiagnostics(result.Diagnostics);
        Assert.Equal(PerPart, site.OutputPage("en/guides/websites/print/index.html").QuerySelectorAll("article.printed-guide").Length);
        Assert.Null(site.OutputPage("en/guides/websites/print/index.html").QuerySelector(".print-parts"));
        Assert.Null(site.OutputPage("en/guides/websites/index.html").QuerySelector(".print-parts"));
        Assert.False(File.Exists(site.OutputPath("en/guides/websites/print-2/index.html")));
    }
}
