using System.Text.RegularExpressions;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Translations;

/// <summary>Table rows through <c>translations export</c> and <c>import</c>, run in process on a small committed site:
/// a cell's padding belongs to its pipes, so a row padded or laid out unlike the source still pairs its pipes, and a
/// CAT tool that trims the spaces next to codes cannot change a row.</summary>
public sealed partial class XliffTableRowTests : IDisposable
{
    private const string Title = "Media";
    private const string Summary = "What each medium needs.";
    private const string Body = "\n| Content | Level A | Level AA |\n|---|---|---|\n" +
        "| Recorded video | Captions (SC 1.2.2) | [Audio description](https://example.org/ad) (SC 1.2.5) |\n" +
        "| Live video | — | `cc` live |\n";
    private const string French = "\n| Contenu | Niveau A |  Niveau AA |\n|:--|---|---|\n" +
        "| Vidéo enregistrée | Sous-titres (critère 1.2.2) | Voir l'[audiodescription](https://example.org/ad) (critère 1.2.5) |\n" +
        "|Vidéo en direct| — | en direct `cc` |\n";

    private readonly TestSite _site = TestSite.Create().WithLanguages("en", "fr");
    private readonly string _frenchFile;

    public XliffTableRowTests()
    {
        _site.WithGuide("media", $"title: {Title}\nsummary: {Summary}", Body.TrimStart('\n'));
        _frenchFile = $"---\ntitle: Médias\nsummary: Ce qu'il faut à chaque média.\nsource_hash: {SpecSourceHash.Of(Title, Summary, Body)}\n---\n{French}";
        _site.WithFile("guides/websites/media.fr.md", _frenchFile);
        GitRepository.Init(_site.Root);
        GitRepository.CommitAll(_site.Root, "a guide with a table", 1);
    }

    private string FrenchPath => Path.Combine(_site.InputDirectory, "guides", "websites", "media.fr.md");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Rows_padded_unlike_the_source_round_trip_byte_identical_with_their_pipes_in_order()
    {
        var xliff = await ExportAsync();

        var run = await ToolRunner.RunAsync(_site.Root, "translations", "import", "fr.xlf");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.EndsWith("Imported 1 documents: 0 files written, 0 still outdated.\n", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(_frenchFile, await File.ReadAllTextAsync(FrenchPath));
        // The pipes take the cell padding: the words alone are to translate.
        Assert.Contains(" />Vidéo enregistrée<ph ", xliff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cat_tool_that_trims_spaces_beside_the_pipes_changes_no_row_and_an_edited_cell_keeps_its_padding()
    {
        var xliff = await ExportAsync();
        // What some CAT tools do on save: the spaces a translator cannot see next to a code are dropped.
        var trimmed = SpaceBeforeStructure().Replace(SpaceAfterStructure().Replace(xliff, "$1"), "$1");
        var edited = trimmed.Replace(">Vidéo en direct<", ">Vidéo diffusée en direct<", StringComparison.Ordinal);
        Assert.NotEqual(trimmed, edited);
        await File.WriteAllTextAsync(Path.Combine(_site.Root, "fr.xlf"), edited);

        var run = await ToolRunner.RunAsync(_site.Root, "translations", "import", "fr.xlf");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(_frenchFile.Replace("|Vidéo en direct|", "|Vidéo diffusée en direct|", StringComparison.Ordinal), await File.ReadAllTextAsync(FrenchPath));
    }

    private async Task<string> ExportAsync()
    {
        var run = await ToolRunner.RunAsync(_site.Root, "translations", "export", "--lang", "fr", "--uid", "media", "--output", "fr.xlf");
        Assert.True(run.ExitCode == 0, run.ToString());
        var xliff = await File.ReadAllTextAsync(Path.Combine(_site.Root, "fr.xlf"));
        XliffSchema.AssertValid(xliff);
        Assert.Contains("<segment state=\"final\">", xliff, StringComparison.Ordinal);
        Assert.DoesNotContain("<segment state=\"initial\">", xliff, StringComparison.Ordinal);
        return xliff;
    }

    [GeneratedRegex("(<ph [^>]*subType=\"sg:structure\"[^>]*/>) +")]
    private static partial Regex SpaceAfterStructure();

    [GeneratedRegex(" +(<ph [^>]*subType=\"sg:structure\"[^>]*/>)")]
    private static partial Regex SpaceBeforeStructure();
}
