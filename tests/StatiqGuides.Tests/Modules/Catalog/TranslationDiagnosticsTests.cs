using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Catalog;

public sealed class TranslationDiagnosticsTests
{
    [Fact]
    public async Task A_translation_without_source_reports_SG0112()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr")
            .WithFile("guides/websites/ghost.fr.md", "---\ntitle: Fantôme\nsummary: S\n---\n\nTexte.\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/ghost.fr.md:1:1: error SG0112: translation 'input/guides/websites/ghost.fr.md' has no source: ghost.md does not exist");
        Assert.Contains(TestSite.GoodGuidePage, run.Pages.Keys);
        Assert.Contains("fr/guides/websites/good/index.html", run.Pages.Keys);
    }

    [Fact]
    public async Task An_xref_anchor_missing_from_the_translation_reports_SG0113_as_a_warning()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr")
            .WithFile("guides/websites/good.fr.md", "---\ntitle: Un bon guide\nsummary: Rien à redire.\n---\n\n## Première partie\n\nDu texte.\n")
            .WithGuide("linker", "title: Linker\nsummary: S", "See [the first part](xref:good#first-part).\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/linker.md:6:5: warning SG0113: the fr translation of 'good' has no heading with id 'first-part'; fr readers land at the top of the page");
        Assert.Contains("fr/guides/websites/linker/index.html", run.Pages.Keys);
    }

    [Fact]
    public async Task A_language_suffix_that_is_no_site_language_reports_SG0114_as_a_warning()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr")
            .WithFile("guides/websites/good.de.md", "---\ntitle: Ein guter Leitfaden\nsummary: S\n---\n\nText.\n")
            .WithGuide("report-v2", "title: Report v2\nsummary: S");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/good.de.md:1:1: warning SG0114: 'de' is not a language of the site (site.yml 'languages'); the file is ignored");
        Assert.DoesNotContain(run.Pages.Keys, p => p.StartsWith("de/", StringComparison.Ordinal));
        Assert.Contains("en/guides/websites/report-v2/index.html", run.Pages.Keys);
    }

    [Fact]
    public async Task Two_translations_of_one_source_in_one_language_report_SG0106()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr")
            .WithFile("guides/websites/good.fr.md", "---\ntitle: Un bon guide\nsummary: S\n---\n\nTexte.\n")
            .WithFile("guides/websites/bien.fr.md", "---\ntitle: Encore\nsummary: S\nuid: good\n---\n\nTexte.\n");

        var run = await site.CheckAsync();

        Expect.Diagnostics(run,
            "input/guides/websites/good.fr.md:1:1: error SG0106: duplicate uid 'good': also used by input/guides/websites/bien.fr.md");
    }
}
