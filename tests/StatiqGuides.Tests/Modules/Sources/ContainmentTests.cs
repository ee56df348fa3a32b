using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.Bundles;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Sources;

/// <summary>Containment (issue 9, class 1): nothing outside input/ and theme/ is read, links included, and no output
/// folder that would replace the user's work is accepted.</summary>
public sealed class ContainmentTests
{
    private static string Outside(string name, string text)
    {
        var folder = Path.Combine(Path.GetTempPath(), "statiqguides-outside", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void Link(TestSite site, string inputPath, string target)
    {
        var path = Path.Combine(site.InputDirectory, inputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Directory.Exists(target)) Directory.CreateSymbolicLink(path, target);
        else File.CreateSymbolicLink(path, target);
    }

    public static TheoryData<string> OutsideTargets() => ["/etc/passwd", "/proc/self/environ", "secret"];

    [Theory]
    [MemberData(nameof(OutsideTargets))]
    public async Task An_asset_linked_outside_the_input_reports_SG0008_and_publishes_nothing_of_it(string target)
    {
        using var site = TestSite.Create();
        var real = target == "secret" ? Outside("secret.txt", "CI_TOKEN=hunter2") : target;
        Link(site, "assets/x.txt", real);
        site.WithGuide("linker", "title: Linker\nsummary: S", "[x](../../assets/x.txt)\n");

        var run = await site.CheckAsync();
        var build = await site.BuildAsync();

        Expect.Diagnostics(run, "input/assets/x.txt:1:1: error SG0008: 'input/assets/x.txt' is a symbolic link to a file or folder outside input/ and theme/; it is not read");
        Assert.True(build.Errors > 0);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public async Task A_linked_folder_outside_the_input_reports_SG0008_and_is_not_descended()
    {
        using var site = TestSite.Create();
        Link(site, "assets/etc", "/etc");
        Link(site, "guides/stolen", Path.GetDirectoryName(Outside("_section.yml", "title: T\nsummary: S\nhub: hub-web\n"))!);

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/assets/etc:1:1: error SG0008: 'input/assets/etc' is a symbolic link to a file or folder outside input/ and theme/; it is not read",
            "input/guides/stolen:1:1: error SG0008: 'input/guides/stolen' is a symbolic link to a file or folder outside input/ and theme/; it is not read");
    }

    [Fact]
    public async Task A_guide_and_a_settings_file_linked_outside_report_SG0008()
    {
        using var site = TestSite.Create();
        Link(site, "guides/websites/leak.md", Outside("leak.md", "---\ntitle: Leak\nsummary: S\n---\nsecret\n"));
        Link(site, "case-studies/leak.md", Outside("case.md", "---\ntitle: Leak\nsummary: S\n---\n"));
        File.Delete(Path.Combine(site.InputDirectory, "hubs.yml"));
        Link(site, "hubs.yml", Outside("hubs.yml", TestSite.HubsYml));

        var run = await site.CheckAsync();

        Assert.Contains(run.Diagnostics, d => d.Code == "SG0008" && d.Location.Path == "input/guides/websites/leak.md");
        Assert.Contains(run.Diagnostics, d => d.Code == "SG0008" && d.Location.Path == "input/case-studies/leak.md");
        Assert.Contains(run.Diagnostics, d => d.Code == "SG0008" && d.Location.Path == "input/hubs.yml");
        Assert.DoesNotContain(run.Pages.Values, html => html.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_link_that_stays_inside_the_input_is_published_without_a_containment_diagnostic()
    {
        using var site = TestSite.Create().WithFile("assets/real.txt", "hello");
        Link(site, "assets/alias.txt", Path.Combine(site.InputDirectory, "assets", "real.txt"));

        var build = await site.BuildAsync();

        // No page links to the file: the only word is the page budgets' (issue 14) that bundles leave it out.
        Expect.Diagnostics(build.Diagnostics, "input/assets/real.txt:1:1: warning SG0813: no page uses this asset: it is left out of the offline bundles");
        Assert.Equal("hello", site.ReadOutput("assets/alias.txt"));
    }

    public static TheoryData<string> UnsafeOutputs() => [".", "input", "input/guides", "theme", "theme/assets", "..", "/"];

    [Theory]
    [MemberData(nameof(UnsafeOutputs))]
    public async Task An_output_folder_that_would_replace_the_users_work_is_refused_with_SG0604_and_nothing_is_deleted(string output)
    {
        using var site = TestSite.Create().WithThemeCopy();
        var folder = Path.GetFullPath(output, site.Root);

        var build = await SiteBuilder.RunAsync(site.Options(folder), write: true);
        var bundle = await BundleBuilder.RunAsync(site.Options(folder), new BundleRequest([]));

        Assert.Equal(["SG0604"], build.Diagnostics.Select(d => d.Code));
        Assert.Equal(["SG0604"], bundle.Diagnostics.Select(d => d.Code));
        Assert.Equal(Severity.Error, build.Diagnostics[0].Severity);
        Assert.True(File.Exists(Path.Combine(site.InputDirectory, TestSite.GoodGuidePath)));
        Assert.True(Directory.Exists(Path.Combine(site.ThemeDirectory, "layouts")));
    }

    /// <summary>A path under a root is resolved from the root's real path (the root reached here through a link), and
    /// every part inside the root is still looked at: a link to outside, or a <c>..</c> out of the root, is refused.</summary>
    [Fact]
    public void A_path_under_a_linked_root_is_resolved_from_the_root_and_links_inside_it_are_still_followed()
    {
        var top = Path.Combine(Path.GetTempPath(), "statiqguides-containment", Guid.NewGuid().ToString("N"));
        var real = Directory.CreateDirectory(Path.Combine(top, "real-input")).FullName;
        Directory.CreateDirectory(Path.Combine(real, "guides"));
        File.WriteAllText(Path.Combine(real, "guides", "a.md"), "a");
        var secret = Outside("secret.md", "CI_TOKEN=hunter2");
        File.CreateSymbolicLink(Path.Combine(real, "guides", "out.md"), secret);
        File.CreateSymbolicLink(Path.Combine(real, "guides", "in.md"), Path.Combine("..", "guides", "a.md"));
        Directory.CreateSymbolicLink(Path.Combine(real, "loop"), Path.Combine(real, "loop"));
        var linked = Path.Combine(top, "input");
        Directory.CreateSymbolicLink(linked, real);
        try
        {
            var containment = new Containment(linked);

            Assert.Equal(Path.Combine(real, "guides", "a.md"), containment.Resolve(Path.Combine(linked, "guides", "a.md")));
            Assert.Equal(Path.Combine(real, "guides", "a.md"), containment.Resolve(Path.Combine(linked, "guides", "in.md")));
            Assert.Equal(Path.Combine(real, "guides", "a.md"), containment.Resolve(Path.Combine(real, "guides", "a.md")));
            Assert.Null(containment.Resolve(Path.Combine(linked, "guides", "out.md")));
            Assert.Null(containment.Resolve(Path.Combine(linked, "..", "real-input-sibling.md")));
            Assert.Null(containment.Resolve(Path.Combine(linked, "loop", "x.md")));
            Assert.Null(containment.Resolve(secret));
            Assert.Equal(real, containment.Resolve(linked));
        }
        finally
        {
            Directory.Delete(top, recursive: true);
        }
    }

    [Fact]
    public void A_root_that_is_a_loop_of_links_contains_nothing_under_it()
    {
        var top = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "statiqguides-containment", Guid.NewGuid().ToString("N"))).FullName;
        var loop = Path.Combine(top, "input");
        Directory.CreateSymbolicLink(loop, loop);
        try
        {
            var containment = new Containment(loop);

            Assert.Null(containment.Resolve(Path.Combine(loop, "guides", "a.md")));
        }
        finally
        {
            Directory.Delete(top, recursive: true);
        }
    }
}
