using System.IO.Compression;
using System.Text;
using System.Text.Json;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Bundles;
using StatiqGuides.Tests.Testing;
using StatiqGuides.Tests.Testing.Scheduling;

namespace StatiqGuides.Tests.Modules.Bundles;

/// <summary>bundle --since and bundle apply: an edited site's patch turns the old unzipped bundle into the new one byte
/// for byte, and a patch for another edition, a tampered file or a path outside the folder is refused with nothing changed.</summary>
[LongRunning(10)]
public sealed class PatchTests
{
    private static readonly string[] English = ["en"];

    private static readonly BundleRequest ZipOnly = new([]) { Formats = new HashSet<BundleFormat> { BundleFormat.Zip } };

    private sealed record Editions(TestSite Site, string Old, string New, string Patch, string Fresh) : IDisposable
    {
        public void Dispose() => Site.Dispose();
    }

    /// <summary>Bundles a site, unzips its English bundle, edits one guide, removes one, adds one, and bundles again --since.</summary>
    private static async Task<Editions> EditedAsync()
    {
        var site = TestSite.Create().WithLanguages("en", "fr")
            .WithGuide("second", "title: Second\nsummary: Goes away.\nupdated: 2024-01-01");
        var first = await BundleBuilder.RunAsync(site.Options(Path.Combine(site.Root, "v1")), ZipOnly);
        Expect.NoDiagnostics(first.Diagnostics);
        var old = Path.Combine(site.Root, "old");
        ZipFile.ExtractToDirectory(Path.Combine(site.Root, "v1", BundleNames.Zip("en")), old);

        site.WithFile(TestSite.GoodGuidePath, TestSite.GoodGuide.Replace("Some text.", "Some better text.", StringComparison.Ordinal))
            .WithoutFile("guides/websites/second.md")
            .WithGuide("third", "title: Third\nsummary: New here.\nupdated: 2024-02-01");
        var since = Path.Combine(site.Root, "v1", BundleNames.Manifest("en"));
        var second = await BundleBuilder.RunAsync(site.Options(Path.Combine(site.Root, "v2")), ZipOnly with { Since = [since] });
        Expect.NoDiagnostics(second.Diagnostics);
        var fresh = Path.Combine(site.Root, "fresh");
        ZipFile.ExtractToDirectory(Path.Combine(site.Root, "v2", BundleNames.Zip("en")), fresh);
        return new Editions(site, Directory.EnumerateDirectories(old).Single(), Directory.EnumerateDirectories(fresh).Single(),
            Path.Combine(site.Root, "v2", BundleNames.Patch("en", "2024-01-01")), since);
    }

    private static Dictionary<string, byte[]> Tree(string folder) =>
        BundleFiles.List(folder).ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(folder, f)));

    private static void AssertSameTree(string expected, string actual)
    {
        var want = Tree(expected);
        var got = Tree(actual);
        Assert.Equal(want.Keys, got.Keys);
        foreach (var (file, bytes) in want) Assert.True(bytes.AsSpan().SequenceEqual(got[file]), $"{file} differs");
        Assert.Equal(Directory.EnumerateDirectories(expected, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(expected, d)).Order(StringComparer.Ordinal),
            Directory.EnumerateDirectories(actual, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(actual, d)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_patch_applied_to_the_old_unzipped_bundle_gives_the_new_bundle_byte_for_byte()
    {
        using var editions = await EditedAsync();
        var oldManifest = File.ReadAllBytes(Path.Combine(editions.Old, EditionManifest.FileName));

        var result = PatchApplier.Apply(editions.Patch, editions.Old, p => p);

        Expect.NoDiagnostics(result.Diagnostics);
        AssertSameTree(editions.New, editions.Old);
        var manifest = EditionManifest.Parse(File.ReadAllBytes(Path.Combine(editions.Old, EditionManifest.FileName)))!;
        Assert.Equal(EditionManifest.Sha256Of(oldManifest), manifest.Previous?.ManifestSha256);
        Assert.Equal(RemovedList(editions.Patch).Count, result.Summary!.Removed);
    }

    [Fact]
    public async Task The_patch_carries_only_the_changed_files_the_removed_list_and_the_new_manifest()
    {
        using var editions = await EditedAsync();
        using var zip = ZipFile.OpenRead(editions.Patch);
        var top = zip.Entries.Select(e => e.FullName.Split('/')[0]).Distinct().Single();
        var files = zip.Entries.Where(e => e.FullName.StartsWith(top + "/files/", StringComparison.Ordinal)).Select(e => e.FullName[(top.Length + 7)..]).ToList();

        Assert.Equal("statiqguides-en-2024-02-01-patch", top);
        Assert.Contains("manifest.json", files);
        Assert.Contains("en/guides/websites/good/index.html", files);
        Assert.Contains("en/guides/websites/third/index.html", files);
        Assert.DoesNotContain(files, f => f.StartsWith("assets/", StringComparison.Ordinal) || f == "en/case-studies/index.html");
        // The removed guide's page goes, and so do the search shards that held only its words ("goes", "away"):
        // the search index is sharded, so nothing else of it may be listed.
        var removed = RemovedList(editions.Patch);
        Assert.Equal("en/guides/websites/second/index.html", removed[0]);
        Assert.Contains("en/search/index/t-aw.js", removed);
        Assert.All(removed.Skip(1), f => Assert.StartsWith("en/search/index/", f, StringComparison.Ordinal));
    }

    /// <summary>The lines of the patch's removed.txt, in its order.</summary>
    private static List<string> RemovedList(string patch)
    {
        using var zip = ZipFile.OpenRead(patch);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith("/removed.txt", StringComparison.Ordinal) && e.FullName.Count(c => c == '/') == 1);
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    [Fact]
    public async Task A_patch_for_another_edition_is_refused_with_SG0801_and_changes_nothing()
    {
        using var editions = await EditedAsync();
        var before = Tree(editions.New);

        var result = PatchApplier.Apply(editions.Patch, editions.New, p => Path.GetFileName(p));

        Assert.Null(result.Summary);
        Assert.Equal(["SG0801"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(before.Keys, Tree(editions.New).Keys);
        Assert.All(Tree(editions.New), f => Assert.Equal(before[f.Key], f.Value));
    }

    [Fact]
    public async Task A_patch_with_a_tampered_file_is_refused_with_SG0802_and_changes_nothing()
    {
        using var editions = await EditedAsync();
        var before = Tree(editions.Old);
        using (var zip = ZipFile.Open(editions.Patch, ZipArchiveMode.Update))
        {
            var entry = zip.Entries.Single(e => e.FullName.EndsWith("/files/en/guides/websites/good/index.html", StringComparison.Ordinal));
            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write("<p>Something else entirely</p>");
        }

        var result = PatchApplier.Apply(editions.Patch, editions.Old, p => Path.GetFileName(p));

        Assert.Null(result.Summary);
        Assert.Equal(["SG0802"], result.Diagnostics.Select(d => d.Code));
        Assert.Contains("'en/guides/websites/good/index.html'", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(before.Keys, Tree(editions.Old).Keys);
        Assert.All(Tree(editions.Old), f => Assert.Equal(before[f.Key], f.Value));
    }

    [Fact]
    public async Task A_folder_whose_unpatched_file_was_changed_is_refused_with_SG0804_and_changes_nothing()
    {
        using var editions = await EditedAsync();
        File.WriteAllText(Path.Combine(editions.Old, "en/case-studies/index.html"), "<p>Edited by hand</p>");
        var before = Tree(editions.Old);

        var result = PatchApplier.Apply(editions.Patch, editions.Old, p => Path.GetRelativePath(editions.Site.Root, p));

        Assert.Null(result.Summary);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG0804", Severity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.EndsWith("/en/case-studies/index.html", diagnostic.Location.Path, StringComparison.Ordinal);
        Assert.StartsWith("'en/case-studies/index.html' in the folder does not match its manifest", diagnostic.Message, StringComparison.Ordinal);
        Assert.All(Tree(editions.Old), f => Assert.Equal(before[f.Key], f.Value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{\"not\": \"a manifest\"}")]
    public async Task A_folder_with_no_readable_bundle_manifest_is_refused_with_SG0805_and_changes_nothing(string? manifest)
    {
        using var editions = await EditedAsync();
        var manifestPath = Path.Combine(editions.Old, EditionManifest.FileName);
        if (manifest is null) File.Delete(manifestPath);
        else File.WriteAllText(manifestPath, manifest);
        var before = Tree(editions.Old);

        var result = PatchApplier.Apply(editions.Patch, editions.Old, p => Path.GetRelativePath(editions.Site.Root, p));

        Assert.Null(result.Summary);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SG0805", diagnostic.Code);
        Assert.Equal("old/statiqguides-en-2024-01-01/manifest.json", diagnostic.Location.Path);
        Assert.Equal(before.Keys, Tree(editions.Old).Keys);
        Assert.All(Tree(editions.Old), f => Assert.Equal(before[f.Key], f.Value));
    }

    [Theory]
    [InlineData("no-such-manifest.json", null)]
    [InlineData("not-a-manifest.json", "[1, 2, 3]")]
    [InlineData("not-a-bundle.zip", "PK\u0003\u0004 truncated")]
    public async Task Bundle_since_a_manifest_it_cannot_read_reports_SG0806_and_writes_nothing(string name, string? content)
    {
        using var site = TestSite.Create();
        var since = Path.Combine(site.Root, name);
        if (content is not null) File.WriteAllText(since, content);
        var output = Path.Combine(site.Root, "v2");

        var result = await BundleBuilder.RunAsync(site.Options(output), ZipOnly with { Since = [since] });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG0806", Severity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(name, Path.GetFileName(diagnostic.Location.Path));
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.zip").Any(), "bundle wrote zips after SG0806");
    }

    [Fact]
    public async Task Bundle_since_a_manifest_of_languages_it_does_not_bundle_reports_SG0807_and_writes_nothing()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr");
        var first = await BundleBuilder.RunAsync(site.Options(Path.Combine(site.Root, "v1")), ZipOnly);
        Expect.NoDiagnostics(first.Diagnostics);
        var output = Path.Combine(site.Root, "v2");

        var result = await BundleBuilder.RunAsync(site.Options(output),
            new BundleRequest(English) { Formats = ZipOnly.Formats, Since = [Path.Combine(site.Root, "v1", BundleNames.Manifest("fr"))] });

        Assert.Equal(["input/site.yml:1:1: error SG0807: the manifest given to --since is of the languages [fr], which this run does not bundle"],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.zip").Any(), "bundle wrote zips after SG0807");
    }

    [Theory]
    [InlineData("../escaped.txt")]
    [InlineData("en/../../escaped.txt")]
    [InlineData("/tmp/escaped.txt")]
    [InlineData("en\\..\\..\\escaped.txt")]
    [InlineData("link/escaped.txt")]
    public void A_hostile_patch_naming_a_path_outside_the_folder_is_refused_with_SG0803_and_writes_nothing(string path)
    {
        var root = Path.Combine(Path.GetTempPath(), "statiqguides-tests", "hostile-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, "bundle");
        var outside = Path.Combine(root, "outside");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "en"));
            Directory.CreateDirectory(outside);
            Directory.CreateSymbolicLink(Path.Combine(folder, "link"), outside);
            File.WriteAllText(Path.Combine(folder, "en", "index.html"), "home");
            EditionManifest.WriteInto(folder, null, null, ["en"]);
            var current = File.ReadAllBytes(Path.Combine(folder, EditionManifest.FileName));
            var patch = Path.Combine(root, "patch.zip");
            WriteHostilePatch(patch, EditionManifest.Sha256Of(current), path, "pwned");

            var result = PatchApplier.Apply(patch, folder, p => Path.GetFileName(p));

            Assert.Null(result.Summary);
            Assert.Equal(["SG0803"], result.Diagnostics.Select(d => d.Code).Distinct());
            Assert.False(File.Exists(Path.Combine(root, "escaped.txt")));
            Assert.False(File.Exists("/tmp/escaped.txt"));
            Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
            Assert.Equal(current, File.ReadAllBytes(Path.Combine(folder, EditionManifest.FileName)));
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_patch_is_refused_with_SG0800()
    {
        using var site = TestSite.Create();
        var patch = Path.Combine(site.Root, "patch.zip");
        File.WriteAllText(patch, "not a zip");

        var result = PatchApplier.Apply(patch, site.Root, p => Path.GetFileName(p));

        Assert.Null(result.Summary);
        Assert.Equal(["patch.zip:1:1: error SG0800: cannot read the patch: " + result.Diagnostics[0].Message["cannot read the patch: ".Length..]],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(Severity.Error, result.Diagnostics[0].Severity);
    }

    [Fact]
    public async Task Bundle_apply_exits_0_when_it_patched_and_1_when_it_refused()
    {
        using var editions = await EditedAsync();

        var applied = await ToolRunner.RunAsync(editions.Site.Root, "bundle", "apply", editions.Patch, editions.Old);
        var again = await ToolRunner.RunAsync(editions.Site.Root, "bundle", "apply", editions.Patch, editions.Old);

        Assert.True(applied.ExitCode == 0, applied.ToString());
        Assert.Matches($@"^Patched old/statiqguides-en-2024-01-01: \d+ files written, {RemovedList(editions.Patch).Count} removed; every file matches the new manifest\.\n$", applied.Stdout);
        Assert.True(again.ExitCode == 1, again.ToString());
        Assert.Contains("error SG0801", again.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("Patch refused: old/statiqguides-en-2024-01-01 was left as it was.\n", again.Stdout, StringComparison.Ordinal);
        AssertSameTree(editions.New, editions.Old);
    }

    /// <summary>A patch as an attacker who knows the folder's manifest would write it: consistent hashes, a bad path.</summary>
    private static void WriteHostilePatch(string path, string fromSha, string hostilePath, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var manifest = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["edition"] = null, ["commit"] = null, ["languages"] = English,
            ["previous"] = new Dictionary<string, object?> { ["edition"] = null, ["commit"] = null, ["manifest_sha256"] = fromSha },
            ["files"] = new Dictionary<string, string> { [hostilePath] = EditionManifest.Sha256Of(bytes), ["en/index.html"] = EditionManifest.Sha256Of("home"u8) },
        });
        var description = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["format"] = PatchFormat.Version, ["languages"] = English,
            ["from"] = new Dictionary<string, object?> { ["edition"] = null, ["manifest_sha256"] = fromSha },
            ["to"] = new Dictionary<string, object?> { ["edition"] = null, ["manifest_sha256"] = EditionManifest.Sha256Of(manifest) },
            ["removed"] = Array.Empty<string>(),
        });
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Add(string name, byte[] data)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(data);
        }
        Add("p/patch.json", description);
        Add("p/files/manifest.json", manifest);
        Add("p/files/" + hostilePath, bytes);
    }
}
