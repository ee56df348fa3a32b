using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Bundles;

/// <summary>In an offline bundle, content that would load from another host becomes plain https:// links, styles that
/// reach out are dropped, and site-absolute links point into the bundle or to the online site.</summary>
public sealed class OfflineContentTests
{
    private const string Prose = "en/guides/websites/body/index.html";

    [Fact]
    public async Task A_bundle_of_content_embedding_other_hosts_points_only_into_itself_or_to_https_links()
    {
        using var site = EmbeddingSite.Create();
        using var bundles = await UnzippedBundles.BuildAsync(site.InputDirectory, site.ThemeDirectory, site.Root, "en");

        Expect.Diagnostics(bundles.Result.Diagnostics, EmbeddingSite.Diagnostics);
        Expect.Lines(BundleLinks.Problems(bundles.Folder("en")), [], "links that do not work offline");
        var prose = Html.Parse(File.ReadAllText(bundles.PathOf("en", Prose))).QuerySelector(".prose")!;
        Assert.Empty(prose.QuerySelectorAll("iframe, embed, audio, object, link, img[src^='http'], img[srcset], [style*='url(']"));
        Assert.DoesNotContain("@import", prose.QuerySelector("style")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.example.org", prose.QuerySelector("style")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal("color: red; background: none", prose.QuerySelector("div")?.GetAttribute("style"));
        Assert.Equal("../../../../assets/logo.png", prose.QuerySelector("video")?.GetAttribute("src"));
        Assert.Null(prose.QuerySelector("video")?.GetAttribute("poster"));
        Assert.Equal(
        [
            "https://example.org/map.png Map of the chamber",
            "https://example.org/a.png Seating plan",
            "https://cdn.example.org/b.png Badge",
            "https://video.example.org/embed/1 Plenary video",
            "https://cdn.example.org/a.mp3 https://cdn.example.org/a.mp3",
            "https://example.org/e.pdf https://example.org/e.pdf",
            "../good/index.html the good guide",
            "../../../../assets/logo.png the logo",
            "https://guides.test/en/nowhere/ gone",
            "http://example.org/ http link",
            "http://example.org/raw raw",
            "https://example.org/ https",
            "https://ci.example.org/ Build badge",
            "https://example.org/o.pdf Annual report",
        ], prose.QuerySelectorAll("a").Select(a => $"{a.GetAttribute("href")} {a.TextContent}"));
    }

    [Fact]
    public async Task A_french_bundle_links_the_french_fallback_of_an_untranslated_guide_to_pages_inside_it()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr")
            .WithGuide("body", "title: Body\nsummary: S", "See [the guide](good.md#first-part) and [](xref:good).\n");
        using var bundles = await UnzippedBundles.BuildAsync(site.InputDirectory, site.ThemeDirectory, site.Root, "fr");

        Expect.NoDiagnostics(bundles.Result.Diagnostics);
        var page = bundles.PathOf("fr", "fr/guides/websites/body/index.html");
        var links = Html.Parse(File.ReadAllText(page)).QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["../good/index.html#first-part", "../good/index.html"], links);
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(page)!, link.Split('#')[0])), link));
        Expect.Lines(BundleLinks.Problems(bundles.Folder("fr")), [], "links that do not work offline");
    }
}
