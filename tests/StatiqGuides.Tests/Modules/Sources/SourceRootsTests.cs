using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.Bundles;
using StatiqGuides.Modules.Serve;

using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Sources;

/// <summary>An input or theme folder that a pull request replaced by a symbolic link leading out of the repository (the
/// current folder) is refused with SG0011 by every command, and nothing under it is read; a folder the operator names
/// outside the current folder, or a link that stays inside it, is read as before.</summary>
public sealed class SourceRootsTests
{
    /// <summary>The diagnostic line for the folder <paramref name="what"/> ("input" or "theme") at <paramref name="path"/>.</summary>
    private static string Refused(string what, string path) =>
        $"{path}:1:1: error SG0011: the {what} folder '{path}' is a symbolic link, or is reached through one, that leads outside the current folder; nothing in it is read";

    private static string OutsideFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "statiqguides-outside", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Moves the site's input folder outside and leaves a link to it in its place.</summary>
    private static void LinkInputOutside(TestSite site, string secret)
    {
        var outside = Path.Combine(OutsideFolder(), "input");
        Directory.Move(site.InputDirectory, outside);
        File.WriteAllText(Path.Combine(outside, "guides", "websites", "good.md"), TestSite.GoodGuide + "\n" + secret + "\n");
        Directory.CreateSymbolicLink(site.InputDirectory, outside);
    }

    [Fact]
    public async Task An_input_folder_linked_outside_reports_SG0011_in_build_check_serve_and_bundle_and_nothing_of_it_is_read()
    {
        using var site = TestSite.Create();
        LinkInputOutside(site, "CI_TOKEN=hunter2");
        var expected = Refused("input", "input");

        var check = await site.CheckAsync();
        var build = await site.BuildAsync();
        var served = await new BuildSession(site.Options()).RebuildAsync();
        var bundle = await BundleBuilder.RunAsync(site.Options(Path.Combine(site.Root, "bundles")), new BundleRequest([]));
        var catalog = await SiteBuilder.ReadCatalogAsync(site.Options());

        Expect.Diagnostics(check, expected);
        Expect.Diagnostics(build.Diagnostics, expected);
        Assert.Contains(served.Diagnostics, d => d.ToString() == expected);
        Assert.Contains(bundle.Diagnostics, d => d.ToString() == expected);
        Assert.Contains(catalog.Diagnostics, d => d.ToString() == expected);
        Assert.DoesNotContain(check.Pages.Values, html => html.Contains("hunter2", StringComparison.Ordinal));
        Assert.DoesNotContain(TestSite.GoodGuidePage, check.Pages.Keys);
        Assert.Empty(catalog.Catalog.Guides);
        Assert.False(Directory.Exists(site.OutputDirectory));
        Assert.Empty(bundle.Files);
    }

    [Fact]
    public async Task A_theme_folder_linked_outside_reports_SG0011_and_its_layouts_are_not_used()
    {
        using var site = TestSite.Create().WithThemeFile("layouts/guide.liquid", "STOLEN {{ page.title }}");
        var outside = Path.Combine(OutsideFolder(), "theme");
        Directory.Move(site.ThemeDirectory, outside);
        Directory.CreateSymbolicLink(site.ThemeDirectory, outside);

        var check = await site.CheckAsync();

        Expect.Diagnostics(check, Refused("theme", "theme"));
        Assert.DoesNotContain(check.Pages.Values, html => html.Contains("STOLEN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_input_folder_reached_through_a_linked_parent_reports_SG0011()
    {
        using var site = TestSite.Create();
        var outside = OutsideFolder();
        Directory.Move(site.InputDirectory, Path.Combine(outside, "input"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content"), outside);
        var options = site.Options() with { InputDirectory = Path.Combine(site.Root, "content", "input") };

        var build = await SiteBuilder.RunAsync(options, write: true);

        Expect.Diagnostics(build.Diagnostics, Refused("input", "content/input"));
    }

    [Fact]
    public async Task An_input_folder_that_is_a_loop_of_links_reports_SG0011()
    {
        using var site = TestSite.Create();
        Directory.Delete(site.InputDirectory, recursive: true);
        Directory.CreateSymbolicLink(site.InputDirectory, Path.Combine(site.Root, "loop"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "loop"), site.InputDirectory);

        var check = await site.CheckAsync();

        Assert.Contains(check.Lines, line => line == Refused("input", "input"));
        Assert.DoesNotContain(TestSite.GoodGuidePage, check.Pages.Keys);
    }

    [Fact]
    public async Task An_input_folder_linked_to_a_folder_inside_the_current_folder_builds_as_before()
    {
        using var site = TestSite.Create();
        var real = Path.Combine(site.Root, "content");
        Directory.Move(site.InputDirectory, real);
        Directory.CreateSymbolicLink(site.InputDirectory, real);

        var build = await site.BuildAsync();

        Expect.NoDiagnostics(build.Diagnostics);
        Assert.Contains("A good guide", site.ReadOutput(TestSite.GoodGuidePage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_input_folder_named_outside_the_current_folder_is_read_where_its_links_lead()
    {
        using var site = TestSite.Create();
        var outside = OutsideFolder();
        Directory.Move(site.InputDirectory, Path.Combine(outside, "real"));
        var link = Path.Combine(outside, "linked");
        Directory.CreateSymbolicLink(link, Path.Combine(outside, "real"));

        var build = await SiteBuilder.RunAsync(site.Options() with { InputDirectory = link }, write: true);

        Assert.DoesNotContain(build.Diagnostics, d => d.Code == "SG0011");
        Assert.True(build.FilesWritten > 0);

    }
}

/// <summary>Every command that reads or edits the site refuses a linked-out input folder with SG0011 and exit code 1,
/// before it reads or writes anything: the folder the link leads to is left byte for byte as it was.</summary>
public sealed class SourceRootsCommandTests
{
    public static TheoryData<string[]> Commands() =>
    [
        ["build"], ["check"], ["bundle", "--output", "bundles"], ["codeowners"], ["translations"],
        ["translations", "diff", "good", "--lang", "fr"], ["translations", "export", "--lang", "fr", "--output", "fr.xlf"],
        ["translations", "accept", "good", "--lang", "fr"],
        ["new", "guide", "--section", "websites", "--slug", "planted", "--title", "Planted"],
        ["new", "case-study", "--slug", "planted", "--title", "Planted", "--parliament", "P", "--country", "FR", "--year", "2024"],
        ["new", "translation", "good", "--lang", "fr"], ["new", "language", "de"],
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_command_on_an_input_folder_linked_outside_reports_SG0011_exits_1_and_changes_nothing_there(string[] arguments)
    {
        using var site = TestSite.Create().WithLanguages("en", "fr");
        var outside = Path.Combine(Path.GetTempPath(), "statiqguides-outside", Guid.NewGuid().ToString("N"), "input");
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        Directory.Move(site.InputDirectory, outside);
        Directory.CreateSymbolicLink(site.InputDirectory, outside);
        var before = FolderSnapshot.Of(outside);

        var run = await ToolRunner.RunAsync(site.Root, arguments);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("input:1:1: error SG0011: the input folder 'input' is a symbolic link", run.Stderr, StringComparison.Ordinal);
        FolderSnapshot.Of(outside).AssertSameAs(before);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
    }
}
