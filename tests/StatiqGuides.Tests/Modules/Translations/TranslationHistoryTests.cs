using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.History;
using StatiqGuides.Modules.Translations.Diff;
using StatiqGuides.Modules.Translations.Xliff;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Translations;

/// <summary><c>translations diff</c>, export and import against a real git history built here: three commits that
/// rename a heading, edit a paragraph, move one, add one and turn the file's line endings to CRLF.</summary>
public sealed class TranslationHistoryTests : IDisposable
{
    private const string Path1 = "guides/websites/evolving.md";
    private const string V1 = "## Setting up\n\nFirst paragraph about servers and hosting.\n\nSecond paragraph stays as it is.\n\nThird paragraph will move later.\n\n## Closing\n\nLast words of the guide here.\n";
    private const string V2 = "## Getting set up\n\nFirst paragraph about web servers and hosting.\n\nSecond paragraph stays as it is.\n\nThird paragraph will move later.\n\n## Closing\n\nLast words of the guide here.\n";
    private const string V3 = "## Getting set up\r\n\r\nFirst paragraph about web servers and hosting.\r\n\r\nSecond paragraph stays as it is.\r\n\r\n## Closing\r\n\r\nThird paragraph will move later.\r\n\r\nLast words of the guide here.\r\n\r\nA brand new closing paragraph.\r\n";
    private const string French = "## Mise en place\n\nPremier paragraphe sur les serveurs et l'hébergement.\n\nLe deuxième paragraphe reste tel quel.\n\nLe troisième paragraphe bougera plus tard.\n\n## Conclusion\n\nLes derniers mots du guide.\n";

    private readonly TestSite _site = TestSite.Create().WithLanguages("en", "fr");

    public TranslationHistoryTests()
    {
        GitRepository.Init(_site.Root);
        Write(V1);
        _site.WithFile("guides/websites/evolving.fr.md", $"---\ntitle: Un guide qui évolue\nsummary: Il change.\nsource_hash: {SpecSourceHash.Of("An evolving guide", "It changes.", "\n" + V1)}\n---\n\n{French}");
        GitRepository.CommitAll(_site.Root, "first", 1);
        Write(V2);
        GitRepository.CommitAll(_site.Root, "rename a heading, edit a paragraph", 2);
        Write(V3, "\r\n");
        GitRepository.CommitAll(_site.Root, "move, add, CRLF", 3);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Diff_names_exactly_the_renamed_edited_moved_and_added_blocks()
    {
        var (catalog, differ) = await LoadAsync(_site.Root);
        var diff = differ.Diff(catalog.Find("evolving")!, "fr", catalog.FindTranslation("evolving", "fr")!.FrontMatter.SourceHash);

        Assert.True(diff.HasBaseline, diff.Lookup.Reason);
        Assert.Equal(DateOnly.Parse("2024-01-01", System.Globalization.CultureInfo.InvariantCulture), DateOnly.FromDateTime(diff.Lookup.Version!.CommittedAt.UtcDateTime));
        Expect.Lines(diff.Blocks.Select(b => $"{b.KindName} {(b.New ?? b.Old)!.KindName}: {(b.New ?? b.Old)!.Normalized}"),
        [
            "changed heading: ## Getting set up",
            "changed paragraph: First paragraph about web servers and hosting.",
            "unchanged paragraph: Second paragraph stays as it is.",
            "unchanged heading: ## Closing",
            "moved paragraph: Third paragraph will move later.",
            "unchanged paragraph: Last words of the guide here.",
            "added paragraph: A brand new closing paragraph.",
        ]);
        Assert.Equal(new ChangeCounts(2, 1, 0), diff.Counts);
        Assert.Equal([new ChangedSection("getting-set-up", "Getting set up"), new ChangedSection("closing", "Closing")], diff.ChangedSections());
        var words = WordDiff.Of(diff.Blocks[1].Old!.Normalized, diff.Blocks[1].New!.Normalized);
        Assert.Equal([new WordRun(WordRunKind.Same, "First paragraph about "), new WordRun(WordRunKind.Inserted, "web "), new WordRun(WordRunKind.Same, "servers and hosting.")], words);
    }

    [Fact]
    public async Task Export_carries_unchanged_blocks_as_final_changed_as_initial_with_the_old_source_and_new_ones_without_target()
    {
        var (catalog, differ) = await LoadAsync(_site.Root);
        var plan = new TranslationAlignment(differ).Plan(catalog, catalog.Find("evolving")!, "fr");

        Assert.False(plan.WholeDocument, plan.Note);
        Expect.Lines(plan.Units.Select(u => $"{u.Id} {(u.Target is null ? "none" : u.Final ? "final" : "initial")} {u.PreviousSource ?? "-"}"),
        [
            "title final -", "summary final -",
            "b1 initial ## Setting up",
            "b2 initial First paragraph about servers and hosting.",
            "b3 final -", "b4 final -", "b5 final -", "b6 final -",
            "b7 none -",
        ]);
        var xliff = XliffExporter.Write([plan], "en", "fr", _site.Options().DisplayPath);
        Assert.Contains("<note category=\"sg:previous-source\">## Setting up</note>", xliff, StringComparison.Ordinal);
        XliffSchema.AssertValid(xliff);
    }

    [Fact]
    public async Task Filling_the_changed_targets_and_importing_makes_the_translation_current_and_keeps_every_other_block()
    {
        var (catalog, differ) = await LoadAsync(_site.Root);
        var alignment = new TranslationAlignment(differ);
        var xliff = XliffExporter.Write([alignment.Plan(catalog, catalog.Find("evolving")!, "fr")], "en", "fr", _site.Options().DisplayPath);
        var filled = xliff
            .Replace(">Mise en place</target>", ">Se mettre en place</target>", StringComparison.Ordinal)
            .Replace(">Premier paragraphe sur les serveurs et l'hébergement.</target>", ">Premier paragraphe sur les serveurs web et l'hébergement.</target>", StringComparison.Ordinal)
            .Replace(">A brand new closing paragraph.</source>", ">A brand new closing paragraph.</source><target>Un tout nouveau paragraphe de conclusion.</target>", StringComparison.Ordinal);

        var result = new XliffImporter(catalog, alignment, _site.Options().DisplayPath).Import(Path.Combine(_site.Root, "fr.xlf"), filled);

        Expect.NoDiagnostics(result.Diagnostics);
        var file = Assert.Single(result.Files);
        Assert.True(file.Current);
        Assert.Equal(
            $"---\ntitle: Un guide qui évolue\nsummary: Il change.\nsource_hash: {catalog.SourceHashOf("evolving")}\n---\n\n" +
            "## Se mettre en place\n\nPremier paragraphe sur les serveurs web et l'hébergement.\n\nLe deuxième paragraphe reste tel quel.\n\n## Conclusion\n\n" +
            "Le troisième paragraphe bougera plus tard.\n\nLes derniers mots du guide.\n\nUn tout nouveau paragraphe de conclusion.\n",
            file.Text);
    }

    [Fact]
    public async Task A_shallow_clone_says_the_version_is_missing_shows_everything_as_new_and_still_exports_and_imports()
    {
        var clone = Path.Combine(_site.Root, "..", Path.GetFileName(_site.Root) + "-shallow");
        GitRepository.Run(_site.Root, "clone", "-q", "--depth", "1", "file://" + _site.Root, clone);
        try
        {
            var (catalog, differ) = await LoadAsync(clone);
            var diff = differ.Diff(catalog.Find("evolving")!, "fr", catalog.FindTranslation("evolving", "fr")!.FrontMatter.SourceHash);

            Assert.False(diff.HasBaseline);
            Assert.Contains("shallow clone", diff.Lookup.Reason, StringComparison.Ordinal);
            Assert.All(diff.Blocks, b => Assert.Equal(ChangeKind.Added, b.Kind));
            var alignment = new TranslationAlignment(differ);
            var plan = alignment.Plan(catalog, catalog.Find("evolving")!, "fr");
            Assert.All(plan.Units, u => Assert.False(u.Final && u.Id.StartsWith('b')));
            var xliff = XliffExporter.Write([plan], "en", "fr", p => p);
            XliffSchema.AssertValid(xliff);
            var result = new XliffImporter(catalog, alignment, p => p).Import(Path.Combine(clone, "fr.xlf"), xliff);
            // Nothing was translated: the import refuses nothing it can keep, and leaves the file as it is.
            Assert.All(result.Files, f => Assert.False(f.Changed));
        }
        finally
        {
            Directory.Delete(clone, recursive: true);
        }
    }

    [Fact]
    public async Task Without_git_history_the_diff_says_so_and_shows_the_whole_source_as_new()
    {
        Directory.Delete(Path.Combine(_site.Root, ".git"), recursive: true);
        var (catalog, differ) = await LoadAsync(_site.Root);

        var diff = differ.Diff(catalog.Find("evolving")!, "fr", catalog.FindTranslation("evolving", "fr")!.FrontMatter.SourceHash);

        Assert.Equal("there is no git history here (git is missing, or the folder is not a repository)", diff.Lookup.Reason);
        Assert.Equal(new ChangeCounts(0, 9, 0), diff.Counts);
    }

    private void Write(string body, string newline = "\n") =>
        _site.WithFile(Path1, $"---{newline}title: An evolving guide{newline}summary: It changes.{newline}---{newline}{newline}{body}");

    private static async Task<(SiteCatalog Catalog, SourceDiffer Differ)> LoadAsync(string root)
    {
        var options = new StatiqGuides.Core.Pipelines.BuildOptions(Path.Combine(root, "input"), Path.Combine(root, "theme"), Path.Combine(root, "output"), root);
        var read = await SiteBuilder.ReadCatalogAsync(options);
        // In a git repository without .github/CODEOWNERS, SG0115 is expected; nothing else may go wrong.
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == Severity.Error && d.Code != "SG0115");
        return (read.Catalog, new SourceDiffer(new SourceVersions(GitHistory.Open(options.InputDirectory))));
    }
}
