using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Cli;

/// <summary><c>new translation</c> over an outdated translation, in process on a git history built here: the blocks
/// whose source did not change keep their translation byte for byte, changed and new ones get the source's text, and
/// a translation whose blocks do not match the version it translates is left as it is, with a plain message.</summary>
public sealed class NewTranslationReuseTests : IDisposable
{
    private const string Title = "Streaming sittings";
    private const string Summary = "How to stream the plenary.";
    private const string V1 = "\n## Cameras\n\nTwo cameras are enough.\n\nPut one at the back.\n\n- A tripod\n- A cable\n\n## Sound\n\nUse the chamber's microphones.\n";
    private const string V2 = "\n## Cameras\n\nTwo cameras are enough.\n\nPut one at the back of the chamber.\n\n- A tripod\n\n## Sound\n\nUse the chamber's microphones.\n\nTest them before the sitting.\n";
    private const string FrenchBody = "\n## Caméras\n\nDeux caméras suffisent.\n\nPlacez-en une au fond.\n\n- Un trépied\n- Un câble\n\n## Son\n\nUtilisez les micros de l'hémicycle.\n";

    private readonly TestSite _site = TestSite.Create().WithLanguages("en", "fr");

    public NewTranslationReuseTests()
    {
        GitRepository.Init(_site.Root);
        WriteSource(V1);
        GitRepository.CommitAll(_site.Root, "first version", 1);
    }

    private string FrenchPath => Path.Combine(_site.InputDirectory, "guides", "websites", "streams.fr.md");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Unchanged_blocks_keep_their_translation_changed_and_new_ones_get_the_source_text_and_removed_ones_go()
    {
        var v1Hash = SpecSourceHash.Of(Title, Summary, V1);
        _site.WithFile("guides/websites/streams.fr.md", $"---\ntitle: Diffuser les séances\nsummary: Comment diffuser la plénière.\ntags: [vidéo]\nsource_hash: {v1Hash}\n---\n{FrenchBody}");
        GitRepository.CommitAll(_site.Root, "French", 2);
        WriteSource(V2);
        GitRepository.CommitAll(_site.Root, "edit, remove, add", 3);

        var run = await ToolRunner.RunAsync(_site.Root, "new", "translation", "streams", "--lang", "fr");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            "Updated input/guides/websites/streams.fr.md: kept the translation of 5 unchanged blocks; to translate, now in the source language: " +
            "2 paragraphs (dotnet run -c Release -- translations diff streams --lang fr shows what changed). source_hash is now the current source's.\n",
            run.Stdout);
        Assert.Equal(
            $"---\ntitle: Diffuser les séances\nsummary: Comment diffuser la plénière.\ntags: [vidéo]\nsource_hash: {SpecSourceHash.Of(Title, Summary, V2)}\n---\n" +
            "\n## Caméras\n\nDeux caméras suffisent.\n\nPut one at the back of the chamber.\n\n- Un trépied\n\n## Son\n\nUtilisez les micros de l'hémicycle.\n\nTest them before the sitting.\n",
            await File.ReadAllTextAsync(FrenchPath));
        var report = await ToolRunner.RunAsync(_site.Root, "translations", "--format", "json");
        Assert.Contains("\"status\":\"current\"", report.Stdout.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_whose_blocks_do_not_match_the_version_it_translates_is_left_as_it_is()
    {
        // The translator joined two paragraphs: five blocks of French stand for six of English.
        var merged = FrenchBody.Replace("suffisent.\n\nPlacez-en", "suffisent. Placez-en", StringComparison.Ordinal);
        var french = $"---\ntitle: Diffuser les séances\nsummary: Comment diffuser la plénière.\nsource_hash: {SpecSourceHash.Of(Title, Summary, V1)}\n---\n{merged}";
        _site.WithFile("guides/websites/streams.fr.md", french);
        GitRepository.CommitAll(_site.Root, "French", 2);
        WriteSource(V2);
        GitRepository.CommitAll(_site.Root, "edit", 3);

        var run = await ToolRunner.RunAsync(_site.Root, "new", "translation", "streams", "--lang", "fr");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            "input/guides/websites/streams.fr.md is outdated, but no paragraph of it can be reused: its 6 blocks do not match, one to one, the 7 blocks " +
            "of the source version it translates. It was left as it is: update it as a whole (dotnet run -c Release -- translations diff streams --lang fr " +
            $"shows what changed in the source), then set its source_hash to {SpecSourceHash.Of(Title, Summary, V2)}.\n",
            run.Stdout);
        Assert.Equal(french, await File.ReadAllTextAsync(FrenchPath));
    }

    private void WriteSource(string body) =>
        _site.WithFile("guides/websites/streams.md", $"---\ntitle: {Title}\nsummary: {Summary}\n---\n{body}");
}
