using System.Text;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Output;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Output;

/// <summary>A write build's pages go to the staging folder as they are laid out; the output becomes exactly the final
/// list of files, and nothing of a build that did not finish is left beside it.</summary>
public sealed class StagingFolderTests
{
    private static readonly ParallelOptions OneWriter = new() { MaxDegreeOfParallelism = 1 };

    [Fact]
    public void A_staged_page_is_written_at_once_and_no_longer_held()
    {
        using var site = TestSite.Create();
        using var staging = new StagingFolder(site.OutputDirectory, "output");
        var diagnostics = new DiagnosticBag();

        var staged = staging.Stage(OutputFile.FromText("en/index.html", "<p>Déjà vu</p>"), diagnostics);

        Assert.Null(staged.Text);
        Assert.Equal(Encoding.UTF8.GetByteCount("<p>Déjà vu</p>"), staged.Staged!.Bytes);
        Assert.Equal("<p>Déjà vu</p>", File.ReadAllText(staged.Staged.FullPath));
        Assert.False(Directory.Exists(site.OutputDirectory));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_staged_page_s_references_are_found_as_it_is_written_and_are_what_reading_it_back_finds()
    {
        using var site = TestSite.Create();
        using var staging = new StagingFolder(site.OutputDirectory, "output");
        var diagnostics = new DiagnosticBag();
        const string Html = "<link rel=\"stylesheet\" href=\"../assets/css/site.css\"><script src=\"../assets/js/search.js\"></script>"
            + "<p>Déjà <a href=\"../guides/\">guides</a> <img  src = \"../assets/img/logo%20one.svg\"></p>";
        var fromText = staging.Stage(OutputFile.FromText("en/index.html", Html), diagnostics);
        var fromBuilder = staging.Stage("fr/index.html", new StringBuilder(Html), diagnostics);
        var sheet = staging.Stage(OutputFile.FromText("assets/css/site.css", "a{}"), diagnostics);

        foreach (var page in new[] { fromText, fromBuilder })
        {
            var found = staging.ReferencesOf(page)!;
            // Read back from the file: no staging folder in this context to ask.
            var readBack = new FindPageReferences().Process(page, TestContexts.Create().Context);
            Assert.Equal((readBack.Path, readBack.IsPage, readBack.Bytes), (found.Path, found.IsPage, found.Bytes));
            Assert.Equal(readBack.References, found.References);
            Assert.Equal(["link assets/css/site.css", "script assets/js/search.js", "img assets/img/logo one.svg"],
                found.References.Select(r => r.Tag + " " + r.Target));
        }
        // Asked once: a second ask finds nothing kept, and the step reads the page back.
        Assert.Null(staging.ReferencesOf(fromText));
        Assert.Null(staging.ReferencesOf(sheet));
        Assert.Null(staging.ReferencesOf(OutputFile.FromText("de/index.html", Html)));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void The_output_holds_the_final_list_only_a_staged_file_left_out_of_it_goes()
    {
        using var site = TestSite.Create();
        Directory.CreateDirectory(site.OutputDirectory);
        File.WriteAllText(site.OutputPath("stale.html"), "from the last build");
        using var staging = new StagingFolder(site.OutputDirectory, "output");
        var diagnostics = new DiagnosticBag();
        var kept = staging.Stage(OutputFile.FromText("en/index.html", "kept"), diagnostics);
        staging.Stage(OutputFile.FromText("en/dropped/index.html", "dropped by a later step"), diagnostics);

        staging.Replace([kept, OutputFile.FromText("robots.txt", "User-agent: *\n")], OneWriter);

        Assert.Equal(["en/index.html", "robots.txt"], FolderSnapshot.Of(site.OutputDirectory).Files.Keys);
        Assert.Equal("kept", File.ReadAllText(site.OutputPath("en/index.html")));
        Assert.False(Directory.Exists(site.OutputPath("en/dropped")));
        Assert.Equal(["input", "output", "theme"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_path_written_twice_holds_the_last_text_whole_and_nothing_of_the_earlier()
    {
        using var site = TestSite.Create();
        using var staging = new StagingFolder(site.OutputDirectory, "output");
        var diagnostics = new DiagnosticBag();
        staging.Stage(OutputFile.FromText("en/index.html", "<p>the first, longer text of the page</p>"), diagnostics);

        var second = staging.Stage(OutputFile.FromText("en/index.html", "<p>second</p>"), diagnostics);

        Assert.Equal("<p>second</p>", File.ReadAllText(second.Staged!.FullPath));
        // A file of the final list at a path already staged is written over it, not refused.
        staging.Replace([second, OutputFile.FromText("en/index.html", "<p>third</p>")], OneWriter);
        Assert.Equal("<p>third</p>", File.ReadAllText(site.OutputPath("en/index.html")));
        Assert.Equal(["en/index.html"], FolderSnapshot.Of(site.OutputDirectory).Files.Keys);

        // A copied file at a path already staged replaces it the same way.
        using var again = new StagingFolder(site.OutputDirectory, "output");
        var staged = again.Stage(OutputFile.FromText("logo.svg", "<svg>a longer staged text</svg>"), diagnostics);
        var source = Path.Combine(site.Root, "input", "logo.svg");
        File.WriteAllText(source, "<svg/>");
        again.Replace([staged, OutputFile.Copy("logo.svg", source)], OneWriter);
        Assert.Equal("<svg/>", File.ReadAllText(site.OutputPath("logo.svg")));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_stand_in_staged_by_another_folder_is_refused_rather_than_left_out()
    {
        using var site = TestSite.Create();
        using var other = new StagingFolder(Path.Combine(site.Root, "elsewhere"), "elsewhere");
        var foreign = other.Stage(OutputFile.FromText("en/index.html", "staged elsewhere"), new DiagnosticBag());
        using var staging = new StagingFolder(site.OutputDirectory, "output");

        var refused = Assert.Throws<InvalidOperationException>(() => staging.Replace([foreign], OneWriter));

        Assert.Contains("'en/index.html' was staged elsewhere", refused.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void A_build_that_stops_before_replacing_the_output_leaves_it_and_nothing_beside_it()
    {
        using var site = TestSite.Create();
        Directory.CreateDirectory(site.OutputDirectory);
        File.WriteAllText(site.OutputPath("index.html"), "last good site");
        var before = FolderSnapshot.Of(site.OutputDirectory);

        using (var staging = new StagingFolder(site.OutputDirectory, "output"))
        {
            staging.Stage(OutputFile.FromText("index.html", "half a build"), new DiagnosticBag());
        }

        FolderSnapshot.Of(site.OutputDirectory).AssertSameAs(before);
        Assert.Equal(["input", "output", "theme"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_page_that_cannot_be_staged_is_reported_once_and_kept_in_memory()
    {
        using var site = TestSite.Create();
        File.WriteAllText(Path.Combine(site.Root, "blocker"), "a file where a folder is needed");
        using var staging = new StagingFolder(Path.Combine(site.Root, "blocker", "site"), "blocker/site");
        var diagnostics = new DiagnosticBag();

        var first = staging.Stage(OutputFile.FromText("a.html", "a"), diagnostics);
        var second = staging.Stage(OutputFile.FromText("b.html", "b"), diagnostics);

        Assert.Equal(("a", "b"), (first.Text, second.Text));
        var diagnostic = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("SG0601", "blocker/site"), (diagnostic.Code, diagnostic.Location.Path));
    }

    [Fact]
    public void A_page_in_a_builder_is_written_as_the_same_page_in_a_string_is()
    {
        using var site = TestSite.Create();
        using var staging = new StagingFolder(site.OutputDirectory, "output");
        var diagnostics = new DiagnosticBag();
        // Appended piece by piece, so that the builder holds several chunks and a character pair falls between two.
        var page = new StringBuilder(16);
        foreach (var piece in new[] { "<p>Déjà vu ", new string('x', 9) + "\uD83D", "\uDE00 😀 ", new string('é', 9000), "</p>" }) page.Append(piece);

        var staged = staging.Stage("en/index.html", page, diagnostics);
        var same = staging.Stage(OutputFile.FromText("en/same/index.html", page.ToString()), diagnostics);

        Assert.Null(staged.Text);
        Assert.Equal(File.ReadAllBytes(same.Staged!.FullPath), File.ReadAllBytes(staged.Staged!.FullPath));
        Assert.Equal(Encoding.UTF8.GetByteCount(page.ToString()), staged.Staged.Bytes);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_page_in_a_builder_that_cannot_be_staged_is_kept_as_its_text()
    {
        using var site = TestSite.Create();
        File.WriteAllText(Path.Combine(site.Root, "blocker"), "a file where a folder is needed");
        using var staging = new StagingFolder(Path.Combine(site.Root, "blocker", "site"), "blocker/site");
        var diagnostics = new DiagnosticBag();

        var kept = staging.Stage("a.html", new StringBuilder("<p>a</p>"), diagnostics);

        Assert.Equal(("a.html", "<p>a</p>", null), (kept.Path, kept.Text, kept.Staged));
        Assert.Equal("SG0601", Assert.Single(diagnostics.ToSortedList()).Code);
    }

    [Fact]
    public void Random_builders_encode_to_the_bytes_of_their_strings()
    {
        var random = new Random(20261207);
        // Lone halves of pairs too, which both ways replace by U+FFFD.
        string[] pieces = ["a", "é", "€", "\uD83D\uDE00", "\uD83D", "\uDE00", "<p>", "\n", new string('z', 300)];
        for (var round = 0; round < 2000; round++)
        {
            var builder = new StringBuilder(random.Next(1, 40));
            for (var i = random.Next(0, 200); i > 0; i--) builder.Append(pieces[random.Next(pieces.Length)]);

            var (buffer, length) = PooledUtf8.Encode(builder);
            var expected = Encoding.UTF8.GetBytes(builder.ToString());
            Assert.True(expected.AsSpan().SequenceEqual(buffer.AsSpan(0, length)), $"round {round}: {builder}");
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
