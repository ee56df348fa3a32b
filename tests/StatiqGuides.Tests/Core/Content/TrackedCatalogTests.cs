using StatiqGuides.Core.Caching;
using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.Pages;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Core.Content;

/// <summary>The catalogs read lookup by lookup: a lookup's record still holds in the next build's catalog exactly when
/// what it answered did not change, which is what lets <c>serve</c> keep a rendering or a page after an edit elsewhere.</summary>
public sealed class TrackedCatalogTests
{
    private const string Other = "title: Another guide\nsummary: Also fine.\ntags: [web]";

    private static TestSite Site() => TestSite.Create()
        .WithLanguages("en", "fr")
        .WithCaseStudy("study")
        .WithGuide("other", Other, "Draws on <xref:study>.\n");

    private static async Task<SiteCatalog> CatalogAsync(TestSite site) => (await SiteBuilder.ReadCatalogAsync(site.Options())).Catalog;

    private static ReadLog Reads(LinkCatalog catalog, Action<LinkCatalog> read)
    {
        var log = new ReadLog();
        read((LinkCatalog)catalog.Recording(log));
        return log;
    }

    private static ReadLog Reads(PageCatalog catalog, Action<PageCatalog> read)
    {
        var log = new ReadLog();
        read((PageCatalog)catalog.Recording(log));
        return log;
    }

    [Fact]
    public async Task A_link_lookup_goes_stale_when_the_item_it_found_is_retitled_and_only_then()
    {
        using var site = Site();
        var before = (await CatalogAsync(site)).Links;
        var study = Reads(before, c => Assert.Equal("A case study", c.Find("study")!.Title));
        var other = Reads(before, c => Assert.NotNull(c.Find("other")));
        var missing = Reads(before, c => Assert.Null(c.Find("nowhere")));
        var everything = Reads(before, c => Assert.NotEmpty(c.Items));
        var unchanged = (await CatalogAsync(site)).Links;

        site.WithCaseStudy("study", "title: A retitled case study");
        var after = (await CatalogAsync(site)).Links;

        Assert.All(new[] { study, other, missing, everything }, log => Assert.True(log.StillHolds(unchanged)));
        Assert.False(study.StillHolds(after));
        Assert.True(other.StillHolds(after));
        Assert.True(missing.StillHolds(after));
        // Every item was read: any change makes it stale.
        Assert.False(everything.StillHolds(after));
        Assert.Equal(1, study.Count);
    }

    [Fact]
    public async Task A_page_depends_on_the_titles_it_looked_up_and_on_everything_but_titles_and_summaries()
    {
        using var site = Site();
        var before = new PageCatalog(await CatalogAsync(site));
        var titles = Reads(before, c =>
        {
            var structure = c.Structure;
            Assert.Equal("A case study", c.TitleOf(structure.Find("study")!, "en"));
        });
        var whole = Reads(before, c => Assert.NotNull(c.Site));

        site.WithGuide("other", Other.Replace("Another guide", "A retitled guide", StringComparison.Ordinal)
            .Replace("Also fine.", "Summarised again.", StringComparison.Ordinal), "Draws on <xref:study>.\n");
        var otherRetitled = new PageCatalog(await CatalogAsync(site));
        site.WithCaseStudy("study", "title: A retitled case study");
        var studyRetitled = new PageCatalog(await CatalogAsync(site));
        site.WithCaseStudy("study", "year: 2021");
        var yearChanged = new PageCatalog(await CatalogAsync(site));

        Assert.True(titles.StillHolds(otherRetitled));
        Assert.False(whole.StillHolds(otherRetitled));
        Assert.False(titles.StillHolds(studyRetitled));
        // The year is shown from the catalog itself, which the structure covers.
        var yearOnly = Reads(studyRetitled, c => _ = c.Structure);
        Assert.False(yearOnly.StillHolds(yearChanged));
    }

    [Fact]
    public async Task A_title_looked_up_for_a_file_the_catalog_does_not_hold_depends_on_the_whole_catalog()
    {
        using var site = Site();
        var catalog = new PageCatalog(await CatalogAsync(site));
        var stranger = catalog.Site.Find("other")! with { FullPath = "/elsewhere/other.md" };

        var log = Reads(catalog, c => Assert.Equal("Another guide", c.TitleOf(stranger, "en")));
        site.WithCaseStudy("study", "title: A retitled case study");

        Assert.False(log.StillHolds(new PageCatalog(await CatalogAsync(site))));
    }
}
