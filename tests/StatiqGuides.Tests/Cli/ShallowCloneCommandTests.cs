using System.Text.Json;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary><c>translations diff</c>, <c>export</c>, <c>import</c> and <c>--since</c> run in process in a shallow clone
/// (<c>git clone --depth 1</c> of a history built here), where the version a translation was made from is missing:
/// each exits 0, says so plainly and treats the whole source as new. Never a crash.</summary>
public sealed class ShallowCloneCommandTests : IDisposable
{
    private const string V1 = "## Setting up\n\nFirst paragraph about hosting.\n\nSecond paragraph.\n";
    private const string V2 = "## Setting up\n\nFirst paragraph about web hosting.\n\nSecond paragraph.\n\nA new paragraph.\n";
    private const string French = "## Mise en place\n\nPremier paragraphe sur l'hébergement.\n\nDeuxième paragraphe.\n";

    private readonly TestSite _site = TestSite.Create().WithLanguages("en", "fr");
    private readonly string _clone;
    private readonly string _v1Hash = SpecSourceHash.Of("Hosting", "Where it runs.", "\n" + V1);
    private readonly string _base;

    private string Shallow => $"no version of the source with source_hash {_v1Hash} is in this shallow clone; fetch more history (git fetch --unshallow)";

    public ShallowCloneCommandTests()
    {
        GitRepository.Init(_site.Root);
        _site.WithGuide("hosting", "title: Hosting\nsummary: Where it runs.", V1)
            .WithFile("guides/websites/hosting.fr.md", $"---\ntitle: Hébergement\nsummary: Où il tourne.\nsource_hash: {_v1Hash}\n---\n\n{French}");
        GitRepository.CommitAll(_site.Root, "translated", 1);
        _base = GitRepository.Run(_site.Root, "rev-parse", "HEAD").Trim();
        _site.WithGuide("hosting", "title: Hosting\nsummary: Where it runs.", V2);
        GitRepository.CommitAll(_site.Root, "edited", 2);
        _clone = _site.Root + "-shallow";
        GitRepository.Run(Path.GetDirectoryName(_site.Root)!, "clone", "-q", "--depth", "1", "file://" + _site.Root, _clone);
        Assert.Equal("true", GitRepository.Run(_clone, "rev-parse", "--is-shallow-repository").Trim());
    }

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_clone)) Directory.Delete(_clone, recursive: true);
    }

    [Fact]
    public async Task Diff_says_the_version_is_not_in_the_clone_and_shows_every_block_as_added()
    {
        var text = await RunAsync("translations", "diff", "hosting", "--lang", "fr");
        var json = await RunAsync("translations", "diff", "hosting", "--lang", "fr", "--format", "json");
        var markdown = await RunAsync("translations", "diff", "hosting", "--lang", "fr", "--format", "md");

        Assert.Contains(Shallow, text.Stdout, StringComparison.Ordinal);
        Assert.Contains(Shallow, markdown.Stdout, StringComparison.Ordinal);
        using var diff = JsonDocument.Parse(json.Stdout);
        Assert.Equal(JsonValueKind.Null, diff.RootElement.GetProperty("baseline").ValueKind);
        Assert.Equal(Shallow, diff.RootElement.GetProperty("reason").GetString());
        var blocks = diff.RootElement.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(4, blocks.Count);
        Assert.All(blocks, b => Assert.Equal("added", b.GetProperty("status").GetString()));
        Assert.Equal(["added title", "added summary", "added heading (line 6)", "added paragraph (line 8)", "added paragraph (line 10)", "added paragraph (line 12)"],
            text.Stdout.Split('\n').Where(l => l.StartsWith("added ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Export_says_so_carries_every_existing_translation_as_a_draft_and_an_import_with_no_edit_writes_nothing()
    {
        var export = await RunAsync("translations", "export", "--lang", "fr", "--uid", "hosting", "--output", "fr.xlf");

        Assert.Contains($"note: input/guides/websites/hosting.fr.md: The version translated is not known ({Shallow}), and the translation's 3 blocks " +
            "do not match, one to one, the 4 blocks of the current source: the body is one unit, a draft.\n", export.Stderr, StringComparison.Ordinal);
        var xliff = await File.ReadAllTextAsync(Path.Combine(_clone, "fr.xlf"));
        XliffSchema.AssertValid(xliff);
        // The whole body, source and draft, is one unit; nothing of it is final.
        var body = xliff[xliff.IndexOf("<unit id=\"body\"", StringComparison.Ordinal)..];
        Assert.StartsWith("<unit id=\"body\" name=\"body\"><originalData>", body, StringComparison.Ordinal);
        Assert.Contains("<segment state=\"initial\">", body[..body.IndexOf("</unit>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("A new paragraph.", body[..body.IndexOf("</source>", StringComparison.Ordinal)], StringComparison.Ordinal);
        var french = await File.ReadAllTextAsync(Path.Combine(_clone, "input", "guides", "websites", "hosting.fr.md"));

        var import = await RunAsync("translations", "import", "fr.xlf");

        Assert.Equal("Imported 1 documents: 0 files written, 1 still outdated.\n", import.Stdout);
        Assert.Equal(french, await File.ReadAllTextAsync(Path.Combine(_clone, "input", "guides", "websites", "hosting.fr.md")));
    }

    [Fact]
    public async Task Since_a_commit_the_clone_lacks_says_so_and_lists_the_outdated_translation()
    {
        var run = await RunAsync("translations", "--since", _base, "--format", "md");

        var reason = $"'{_base}' is not in this shallow clone; fetch more history (git fetch --unshallow, or fetch-depth: 0 in CI)";
        Assert.Contains($"warning: {reason}; listing every outdated translation instead.\n", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(
            $"## Translations\n\nThis change cannot be compared with `{_base}`: {reason}. Every outdated translation and every page without a translation is listed instead.\n\n" +
            "### Made outdated\n\n| page | language | translation | changed | added | removed |\n|---|---|---|---:|---:|---:|\n" +
            "| Hosting (`hosting`, guide) | fr | `input/guides/websites/hosting.fr.md` | ? | ? | ? |\n",
            run.Stdout[..run.Stdout.IndexOf("\nTo see what changed", StringComparison.Ordinal)]);
        Assert.Contains("| A good guide (`good`, guide) | `input/guides/websites/good.md` | fr |\n", run.Stdout, StringComparison.Ordinal);
    }

    private async Task<ToolRun> RunAsync(params string[] arguments)
    {
        var run = await ToolRunner.RunAsync(_clone, arguments);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
        return run;
    }
}
