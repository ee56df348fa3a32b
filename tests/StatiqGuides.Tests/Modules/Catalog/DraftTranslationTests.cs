using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Catalog;

/// <summary>Drafts (issue 9, class 8): the translation of a draft is withheld with it, not reported as SG0112.</summary>
public sealed class DraftTranslationTests
{
    [Fact]
    public async Task The_translation_of_a_draft_is_left_out_with_it_without_an_SG0112()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr")
            .WithGuide("soon", "title: Soon\nsummary: S\ndraft: true")
            .WithFile("guides/websites/soon.fr.md", "---\ntitle: Bientôt\nsummary: S\n---\nTexte.\n");

        var run = await site.CheckAsync();
        var withDrafts = await site.CheckAsync(drafts: true);

        Expect.Diagnostics(run);
        Assert.DoesNotContain("fr/guides/websites/soon/index.html", run.Pages.Keys);
        Assert.Contains("fr/guides/websites/soon/index.html", withDrafts.Pages.Keys);
        Assert.Contains("Bientôt", withDrafts.Pages["fr/guides/websites/soon/index.html"], StringComparison.Ordinal);
    }
}
