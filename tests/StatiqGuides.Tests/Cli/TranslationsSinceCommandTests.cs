using System.Text.Json;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary><c>translations --since REF</c>, in process on a git history built here: a change that edits a translated
/// guide (both translations made outdated, with block counts), fixes a typo accepted in one language, and adds a guide
/// with no translation; the Markdown is the pull-request comment.</summary>
public sealed class TranslationsSinceCommandTests : IDisposable
{
    private const string AlphaBody = "\n## One\n\nFirst paragraph.\n\nSecond paragraph.\n";
    private const string BetaBody = "\nBeta txet.\n";

    private readonly TestSite _site = TestSite.Create().WithLanguages("en", "fr", "es");
    private readonly string _base;

    public TranslationsSinceCommandTests()
    {
        var alphaHash = SpecSourceHash.Of("Alpha", "The first.", AlphaBody);
        _site.WithGuide("alpha", "title: Alpha\nsummary: The first.", AlphaBody.TrimStart('\n'))
            .WithFile("guides/websites/alpha.fr.md", $"---\ntitle: Alpha\nsummary: Le premier.\nsource_hash: {alphaHash}\n---\n\n## Un\n\nPremier paragraphe.\n\nDeuxième paragraphe.\n")
            .WithFile("guides/websites/alpha.es.md", $"---\ntitle: Alfa\nsummary: El primero.\nsource_hash: {alphaHash}\n---\n\n## Uno\n\nPrimer párrafo.\n\nSegundo párrafo.\n")
            .WithGuide("beta", "title: Beta | <b>bold</b>\nsummary: The second.", BetaBody.TrimStart('\n'))
            .WithFile("guides/websites/beta.fr.md", $"---\ntitle: Bêta\nsummary: Le second.\nsource_hash: {SpecSourceHash.Of("Beta | <b>bold</b>", "The second.", BetaBody)}\n---\n\nTexte bêta.\n")
            .WithFile("guides/websites/beta.es.md", "---\ntitle: Beta\nsummary: El segundo.\n---\n\nTexto beta.\n");
        GitRepository.Init(_site.Root);
        GitRepository.CommitAll(_site.Root, "translated", 1);
        _base = GitRepository.Run(_site.Root, "rev-parse", "HEAD").Trim();
    }

    public void Dispose() => _site.Dispose();

    private async Task ChangeAsync()
    {
        _site.WithGuide("alpha", "title: Alpha\nsummary: The first.", "## One\n\nFirst paragraph.\n\nSecond paragraph, edited.\n\nThird paragraph.\n")
            .WithGuide("beta", "title: Beta | <b>bold</b>\nsummary: The second.", "Beta text.\n")
            .WithGuide("gamma", "title: Gamma\nsummary: The third.", "Gamma text.\n");
        var accept = await ToolRunner.RunAsync(_site.Root, "translations", "accept", "beta", "--lang", "fr");
        Assert.True(accept.ExitCode == 0, accept.ToString());
    }

    [Fact]
    public async Task Markdown_names_the_translations_made_outdated_with_block_counts_the_new_page_and_the_accepted_fix()
    {
        await ChangeAsync();

        var run = await ToolRunner.RunAsync(_site.Root, "translations", "--since", _base, "--format", "md");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("warning", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(
            $"""
            ## Translations

            Since `{_base}` ({_base[..12]}): 2 translations made outdated; 1 new page with no translation yet; 1 translation brought up to date.

            ### Made outdated

            | page | language | translation | changed | added | removed |
            |---|---|---|---:|---:|---:|
            | Alpha (`alpha`, guide) | fr | `input/guides/websites/alpha.fr.md` | 1 | 1 | 0 |
            | Alpha (`alpha`, guide) | es | `input/guides/websites/alpha.es.md` | 1 | 1 | 0 |

            To see what changed, block by block: `dotnet run -c Release -- translations diff alpha --lang fr`. A source edit that needs no retranslation (a typo) is recorded with `dotnet run -c Release -- translations accept alpha --lang fr`, committed in this pull request.

            ### New, with no translation yet

            | page | source | missing |
            |---|---|---|
            | Gamma (`gamma`, guide) | `input/guides/websites/gamma.md` | fr, es |

            ### Brought up to date

            | page | language | translation | how |
            |---|---|---|---|
            | Beta \| &lt;b&gt;bold&lt;/b&gt; (`beta`, guide) | fr | `input/guides/websites/beta.fr.md` | accepted (only source_hash changed: the source edit needs no retranslation) |

            Already outdated before this change, and still: es 1.

            """.ReplaceLineEndings("\n"),
            run.Stdout);
    }

    [Fact]
    public async Task Json_has_the_same_items_and_a_change_that_touches_no_translation_says_so()
    {
        var untouched = await ToolRunner.RunAsync(_site.Root, "translations", "--since", "HEAD", "--format", "md");
        Assert.True(untouched.ExitCode == 0, untouched.ToString());
        Assert.Equal($"## Translations\n\nSince `HEAD` ({_base[..12]}), no translation is made outdated, brought up to date or missing for a new page.\n\n" +
            "Already outdated before this change, and still: es 1.\n", untouched.Stdout);

        await ChangeAsync();
        var run = await ToolRunner.RunAsync(_site.Root, "translations", "--since", "main", "--format", "json", "--lang", "es");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(_base, root.GetProperty("commit").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("reason").ValueKind);
        var outdated = Assert.Single(root.GetProperty("outdated").EnumerateArray());
        Assert.Equal("alpha es input/guides/websites/alpha.es.md 1 1 0", string.Join(' ', outdated.GetProperty("uid").GetString(), outdated.GetProperty("language").GetString(),
            outdated.GetProperty("file").GetString(), outdated.GetProperty("changes").GetProperty("changed").GetInt32(),
            outdated.GetProperty("changes").GetProperty("added").GetInt32(), outdated.GetProperty("changes").GetProperty("removed").GetInt32()));
        Assert.Equal(["es"], Assert.Single(root.GetProperty("new").EnumerateArray()).GetProperty("missing").EnumerateArray().Select(l => l.GetString()));
        Assert.Empty(root.GetProperty("current").EnumerateArray());
        Assert.Equal(1, root.GetProperty("still_outdated").GetProperty("es").GetInt32());
    }

    [Fact]
    public async Task A_reference_that_names_no_commit_says_so_exits_0_and_lists_every_outdated_translation()
    {
        await ChangeAsync();

        var run = await ToolRunner.RunAsync(_site.Root, "translations", "--since", "no-such-branch", "--format", "md");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("warning: 'no-such-branch' names no commit in this repository; listing every outdated translation instead.\n", run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("## Translations\n\nThis change cannot be compared with `no-such-branch`: 'no-such-branch' names no commit in this repository. " +
            "Every outdated translation and every page without a translation is listed instead.\n", run.Stdout, StringComparison.Ordinal);
        // alpha fr and es, beta es: outdated; the good guide and gamma: without a translation.
        Assert.Equal(3, run.Stdout.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains(".md` | ", StringComparison.Ordinal) && l.Contains("(`", StringComparison.Ordinal) && l.EndsWith(" |", StringComparison.Ordinal) && (l.Contains("| fr |", StringComparison.Ordinal) || l.Contains("| es |", StringComparison.Ordinal))));
        Assert.Contains("| Gamma (`gamma`, guide) | `input/guides/websites/gamma.md` | fr, es |\n", run.Stdout, StringComparison.Ordinal);
    }
}
