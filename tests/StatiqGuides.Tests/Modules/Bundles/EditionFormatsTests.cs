using System.Diagnostics;
using System.IO.Compression;
using System.Xml;
using StatiqGuides.Modules.Bundles;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Bundles;

/// <summary>The EPUBs of input/ pass epubcheck, and a ZIM made with zimwriterfs lists every guide; both tools are
/// installed by scripts/test.sh, and a missing one fails the test rather than skipping it.</summary>
[Collection(InputBundleTests.Name)]
public sealed class EditionFormatsTests(InputBundlesFixture fixture)
{
    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task Every_EPUB_of_input_passes_epubcheck_with_no_error_or_warning()
    {
        var epubs = Directory.EnumerateFiles(fixture.Bundles.ZipFolder, "*.epub").Order(StringComparer.Ordinal).ToList();
        // One EPUB per section of input/guides and language of site.yml (en, fr, es).
        var sections = Directory.EnumerateDirectories(Path.Combine(RepositoryPaths.Input, "guides")).Count();
        Assert.Equal(sections * 3, epubs.Count);
        // Debian's epubcheck is an executable jar: run it with java.
        const string jar = "/usr/share/java/epubcheck.jar";
        Assert.True(File.Exists(jar), "epubcheck is not installed: scripts/test.sh installs it (apt-get install epubcheck)");
        // One JVM checks them all (Testing/EpubCheckAll.java, run by the source launcher, which needs a JDK: scripts/test.sh
        // installs one); each file's report follows a "=== path" line. Messages go to stderr, so read it merged.
        var checker = Path.Combine(AppContext.BaseDirectory, "Testing", "EpubCheckAll.java");
        var (exitCode, output) = await RunMergedAsync("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", jar, checker, .. epubs]);
        var reports = output.Split("=== ", StringSplitOptions.RemoveEmptyEntries).Select(r => r.Trim()).ToList();
        Assert.True(reports.Count == epubs.Count, $"epubcheck reported on {reports.Count} of {epubs.Count} files: {output}");
        for (var i = 0; i < epubs.Count; i++)
        {
            Assert.StartsWith(epubs[i], reports[i], StringComparison.Ordinal);
            Assert.True(!reports[i].Contains("ERROR", StringComparison.Ordinal) && !reports[i].Contains("FATAL", StringComparison.Ordinal)
                && !reports[i].Contains("WARNING", StringComparison.Ordinal), reports[i]);
        }
        Assert.True(exitCode == 0, output);
    }

    /// <summary>Runs a program with stdout and stderr in one stream, in the order written.</summary>
    private static async Task<(int ExitCode, string Output)> RunMergedAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" 2>&1");
        start.ArgumentList.Add(program);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    [Fact]
    public void An_EPUB_has_its_mimetype_first_and_stored_a_cover_with_the_edition_the_guides_in_order_and_the_cited_case_studies()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(fixture.Bundles.ZipFolder, BundleNames.Epub("fr", "open-data")));
        var first = zip.Entries[0];
        Assert.Equal("mimetype", first.FullName);
        Assert.Equal(first.Length, first.CompressedLength);
        using (var reader = new StreamReader(first.Open())) Assert.Equal("application/epub+zip", reader.ReadToEnd());

        string Text(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }
        var documents = zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)).ToList();
        foreach (var document in documents)
        {
            var xml = new XmlDocument { XmlResolver = null };
            using var reader = XmlReader.Create(document.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            xml.Load(reader);
            Assert.Equal("fr", xml.DocumentElement!.GetAttribute("lang"));
        }
        Assert.Contains("<time datetime=\"", Text("EPUB/cover.xhtml"), StringComparison.Ordinal);
        var spine = System.Text.RegularExpressions.Regex.Matches(Text("EPUB/package.opf"), "<itemref idref=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["cover", "nav"], spine[..2]);
        Assert.Contains(spine, s => s.StartsWith("g-", StringComparison.Ordinal));
        Assert.Contains(spine, s => s.StartsWith("c-", StringComparison.Ordinal));
        Assert.True(spine.FindLastIndex(s => s.StartsWith("g-", StringComparison.Ordinal)) < spine.FindIndex(s => s.StartsWith("c-", StringComparison.Ordinal)),
            "the case studies come after the guides, as an appendix");
        Assert.Contains("epub:type=\"toc\"", Text("EPUB/nav.xhtml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bundle_format_zim_writes_one_ZIM_per_language_in_which_zimdump_finds_every_guide()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr").WithGuide("second", "title: Second\nsummary: Another.");
        var result = await BundleBuilder.RunAsync(site.Options(Path.Combine(site.Root, "zims")),
            new BundleRequest([]) { Formats = new HashSet<BundleFormat> { BundleFormat.Zim } });

        Expect.NoDiagnostics(result.Diagnostics);
        Assert.Equal(["guides-en.zim", "guides-fr.zim"], result.Files.Select(Path.GetFileName));
        foreach (var language in new[] { "en", "fr" })
        {
            var zim = Path.Combine(site.Root, "zims", BundleNames.Zim(language));
            var (listed, list) = await RunAsync("zimdump", "list", zim);
            Assert.True(listed == 0, list);
            foreach (var guide in new[] { "good", "second" }) Assert.Contains($"{language}/guides/websites/{guide}/index.html", list, StringComparison.Ordinal);
            var (_, info) = await RunAsync("zimdump", "info", zim);
            Assert.Contains($"main page: {language}/index.html", info, StringComparison.Ordinal);
            Assert.Contains("favicon: Illustration_48x48@1", info, StringComparison.Ordinal);
            // The full-text index: zimsearch answers from it.
            var (_, found) = await RunAsync("zimsearch", zim, "Second");
            Assert.Contains("Second", found, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Bundle_format_zim_without_zimwriterfs_reports_SG0808_and_writes_nothing()
    {
        using var site = TestSite.Create();
        var result = await BundleBuilder.RunAsync(site.Options(Path.Combine(site.Root, "zims")),
            new BundleRequest([]) { Formats = new HashSet<BundleFormat> { BundleFormat.Zim }, ZimWriter = "zimwriterfs-that-is-not-installed" });

        Assert.Equal(["input/site.yml:1:1: error SG0808: cannot build a ZIM: 'zimwriterfs-that-is-not-installed' was not found"],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "zims")));
    }

    [Fact]
    public async Task Bundle_format_zim_whose_zimwriterfs_fails_reports_SG0809_with_its_exit_code_and_writes_no_zim()
    {
        using var site = TestSite.Create();
        // /bin/false stands for a zimwriterfs that runs and fails: it exits 1 and writes nothing.
        var result = await BundleBuilder.RunAsync(site.Options(Path.Combine(site.Root, "zims")),
            new BundleRequest([]) { Formats = new HashSet<BundleFormat> { BundleFormat.Zim }, ZimWriter = "/bin/false" });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG0809", "input/site.yml"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.StartsWith("zimwriterfs failed for language 'en': exit code 1", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "zims")) && Directory.EnumerateFiles(Path.Combine(site.Root, "zims"), "*.zim").Any());
    }

    [Fact]
    public async Task Build_keeps_the_downloads_bundle_wrote_and_lists_them_with_size_and_SHA_256_and_bundle_leaves_the_site()
    {
        using var site = TestSite.Create().WithFile("pages/downloads.md", "---\ntitle: Downloads\nsummary: Files.\n---\n\nThe files.\n");
        await site.BuildAsync();
        var bundled = await BundleBuilder.RunAsync(site.Options(Path.Combine(site.OutputDirectory, DownloadsIndex.SiteFolder)),
            new BundleRequest([]) { Formats = new HashSet<BundleFormat> { BundleFormat.Zip } });
        Expect.NoDiagnostics(bundled.Diagnostics);
        Assert.True(File.Exists(site.OutputPath(TestSite.GoodGuidePage)), "bundle removed the site");

        var built = await site.BuildAsync();

        Expect.NoDiagnostics(built.Diagnostics);
        var zip = site.OutputPath("downloads/guides-en.zip");
        Assert.True(File.Exists(zip), "build removed the bundles");
        var page = site.OutputPage("en/downloads/index.html");
        var row = page.QuerySelectorAll("table.downloads tbody tr").Single(r => r.QuerySelector("a")?.TextContent == "guides-en.zip");
        Assert.Equal("../../downloads/guides-en.zip", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(zip))), row.QuerySelector(".sha256")!.TextContent);
        Assert.Equal("Downloads", site.OutputPage("en/index.html").QuerySelector(".downloads-link a")?.TextContent);
        Assert.Contains(site.OutputPage(TestSite.GoodGuidePage).QuerySelectorAll(".site-footer a"), a => a.GetAttribute("href") == "../../../downloads/");
    }
}
