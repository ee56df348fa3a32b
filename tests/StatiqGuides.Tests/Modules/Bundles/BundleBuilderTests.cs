using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using StatiqGuides.Modules.Bundles;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Bundles;

[Collection(InputBundleTests.Name)]
public sealed class BundleBuilderTests(InputBundlesFixture fixture)
{
    private UnzippedBundles Bundles => fixture.Bundles;

    private static readonly string[] Names = ["all", "en", "fr", "es"];

    [Fact]
    public void Bundling_input_writes_one_zip_per_language_and_one_for_all_with_their_manifests_and_EPUBs_without_diagnostics()
    {
        Expect.NoDiagnostics(Bundles.Result.Diagnostics);
        var sections = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Input, "guides"), "_section.yml", SearchOption.AllDirectories)
            .Select(f => Path.GetFileName(Path.GetDirectoryName(f))!).ToList();
        string[] expected = ["editions.json", .. Names.SelectMany(n => new[] { $"guides-{n}.zip", $"guides-{n}.manifest.json" }),
            .. Names.Skip(1).SelectMany(l => sections.Select(s => $"guides-{l}-{s}.epub"))];
        Assert.Equal(expected.Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(Bundles.ZipFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("all")]
    [InlineData("fr")]
    public void Each_zip_holds_one_top_level_folder_named_by_its_languages_and_edition(string name)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(Bundles.Zip(name));

        Assert.Equal([$"statiqguides-{name}-{LatestInputUpdate()}"], zip.Entries.Select(e => e.FullName.Split('/')[0]).Distinct());
        Assert.Contains(zip.Entries, e => e.FullName == $"statiqguides-{name}-{LatestInputUpdate()}/index.html");
    }

    [Fact]
    public void Editions_json_gives_the_size_and_SHA_256_of_every_published_file_and_the_published_manifest_is_the_zips()
    {
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(Bundles.ZipFolder, DownloadsIndex.FileName)));
        var files = index.RootElement.GetProperty("files").EnumerateArray().ToList();

        Assert.Equal(Directory.EnumerateFiles(Bundles.ZipFolder).Select(Path.GetFileName).Where(f => f != DownloadsIndex.FileName).Order(StringComparer.Ordinal),
            files.Select(f => f.GetProperty("file").GetString()));
        foreach (var file in files)
        {
            var path = Path.Combine(Bundles.ZipFolder, file.GetProperty("file").GetString()!);
            Assert.Equal(new FileInfo(path).Length, file.GetProperty("bytes").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), file.GetProperty("sha256").GetString());
            Assert.Equal(LatestInputUpdate(), file.GetProperty("edition").GetString());
        }
        Assert.Equal(File.ReadAllBytes(Path.Combine(Bundles.Folder("es"), EditionManifest.FileName)),
            File.ReadAllBytes(Path.Combine(Bundles.ZipFolder, BundleNames.Manifest("es"))));
    }

    [Theory]
    [InlineData("all")]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public void Every_href_and_src_of_every_bundled_page_is_a_file_inside_the_bundle_or_an_outbound_https_link(string name)
    {
        Expect.Lines(BundleLinks.Problems(Bundles.Folder(name)), [], "links that do not work offline");
    }

    [Fact]
    public void A_bundle_holds_its_languages_pages_search_indexes_and_assets_but_no_server_files()
    {
        var all = BundleFiles.List(Bundles.Folder("all"));
        var french = BundleFiles.List(Bundles.Folder("fr"));

        foreach (var file in new[] { "index.html", "manifest.json", "fr/search/search-index.js", "fr/guides/open-data/index.html" })
        {
            Assert.Contains(file, all);
            Assert.Contains(file, french);
        }
        // Theme assets carry a hash of their content in their names.
        foreach (var asset in new[] { @"^assets/css/site\.[0-9a-f]{8}\.css$", @"^assets/js/search\.[0-9a-f]{8}\.js$" })
        {
            Assert.Contains(all, f => System.Text.RegularExpressions.Regex.IsMatch(f, asset));
            Assert.Contains(french, f => System.Text.RegularExpressions.Regex.IsMatch(f, asset));
        }
        Assert.Contains("es/search/index.html", all);
        Assert.DoesNotContain(french, f => f.StartsWith("en/", StringComparison.Ordinal) || f.StartsWith("es/", StringComparison.Ordinal));
        Assert.DoesNotContain(all, f => f is "404.html" or "sitemap.xml" or "robots.txt" or "_redirects" or "xrefmap.json");
    }

    [Fact]
    public void The_manifest_gives_the_edition_the_languages_and_the_SHA_256_of_every_other_file()
    {
        foreach (var name in Names)
        {
            var folder = Bundles.Folder(name);
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, EditionManifest.FileName)));
            var root = manifest.RootElement;
            Assert.Equal(LatestInputUpdate(), root.GetProperty("edition").GetString());
            var commit = root.GetProperty("commit");
            Assert.True(commit.ValueKind == JsonValueKind.Null || Regex.IsMatch(commit.GetString()!, "^[0-9a-f]{40}$"), commit.ToString());
            Assert.Equal(name == "all" ? ["en", "fr", "es"] : [name], root.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
            var listed = root.GetProperty("files").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
            var files = BundleFiles.List(folder).Where(f => f != EditionManifest.FileName).ToList();
            Assert.Equal(files, listed.Keys);
            foreach (var file in files)
            {
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file)))), listed[file]);
            }
        }
    }

    [Fact]
    public async Task Bundling_the_same_input_twice_gives_byte_identical_zips()
    {
        using var again = await UnzippedBundles.BuildAsync(RepositoryPaths.Input, RepositoryPaths.Theme, RepositoryPaths.Root, "fr");

        Expect.NoDiagnostics(again.Result.Diagnostics);
        Assert.Equal(File.ReadAllBytes(Bundles.Zip("all")), File.ReadAllBytes(again.Zip("all")));
        Assert.Equal(File.ReadAllBytes(Bundles.Zip("fr")), File.ReadAllBytes(again.Zip("fr")));
        Assert.False(File.Exists(again.Zip("en")));
    }

    [Fact]
    public void Bundled_pages_link_their_footer_to_the_update_section_and_only_the_download_page_shows_the_edition_date()
    {
        // A date in every footer would change every page with each edition, and a patch would have to carry them all.
        var edition = DateOnly.ParseExact(LatestInputUpdate(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var name in new[] { "all", "fr" })
        {
            var pages = Directory.EnumerateFiles(Bundles.Folder(name), "*.html", SearchOption.AllDirectories).ToList();
            Assert.NotEmpty(pages);
            foreach (var file in pages)
            {
                var page = Html.Parse(File.ReadAllText(file));
                var footer = page.QuerySelector(".site-footer .edition");
                Assert.True(footer is not null, $"{file} has no edition line");
                Assert.Null(footer.QuerySelector("time"));
                var update = footer.QuerySelector("a")?.GetAttribute("href") ?? "";
                Assert.EndsWith("index.html#update", update, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, update[..^"#update".Length]))), $"{file}: {update}");
                var hasDate = page.QuerySelector("time[datetime='" + LatestInputUpdate() + "']") is not null && page.QuerySelector(".edition-of-copy") is not null;
                Assert.Equal(file.EndsWith(Path.Combine("downloads", "index.html"), StringComparison.Ordinal), hasDate);
            }
        }
        var french = Html.Parse(File.ReadAllText(Bundles.PathOf("fr", "fr/downloads/index.html")));
        Assert.Equal($"Cette copie est l'Édition du {edition.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr"))}.", french.QuerySelector(".edition-of-copy")?.TextContent.Trim());
        Assert.NotNull(french.QuerySelector("#update pre"));
    }

    [Fact]
    public void A_one_language_bundle_sends_the_other_languages_to_the_online_site_and_the_all_languages_bundle_stays_offline()
    {
        const string guide = "fr/guides/open-data/index.html";
        var single = Switcher(Bundles.PathOf("fr", guide));
        var all = Switcher(Bundles.PathOf("all", guide));

        Assert.Equal(["en https://guides.example.org/en/guides/open-data/", "fr index.html", "es https://guides.example.org/es/guides/open-data/"], single);
        Assert.Equal(["en ../../../en/guides/open-data/index.html", "fr index.html", "es ../../../es/guides/open-data/index.html"], all);
    }

    [Fact]
    public async Task An_online_build_still_writes_folder_links_and_no_edition_date()
    {
        using var site = TestSite.Create();
        var result = await site.BuildAsync();

        Expect.NoDiagnostics(result.Diagnostics);
        var page = site.OutputPage(TestSite.GoodGuidePage);
        Assert.Null(page.QuerySelector(".site-footer .edition"));
        Assert.Null(page.QuerySelector(".online-mark"));
        Assert.Equal("../", page.QuerySelector(".breadcrumbs a[aria-current]")?.ParentElement?.PreviousElementSibling?.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("../../../search/", page.QuerySelector("form.site-search")?.GetAttribute("action"));
    }

    private static List<string> Switcher(string file) =>
        [.. Html.Parse(File.ReadAllText(file)).QuerySelectorAll(".lang-switch a").Select(a => $"{a.GetAttribute("hreflang")} {a.GetAttribute("href")}")];

    private static string LatestInputUpdate() =>
        Directory.EnumerateFiles(RepositoryPaths.Input, "*.md", SearchOption.AllDirectories)
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"^updated:\s*(\d{4}-\d{2}-\d{2})", RegexOptions.Multiline).Select(m => m.Groups[1].Value))
            .Max(StringComparer.Ordinal)!;
}
