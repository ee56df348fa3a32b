namespace StatiqGuides.Tests.Testing;

/// <summary>A site in English, French and Spanish in a git repository built here, for the translation status page, the
/// hub lists and the outdated notices: <c>evolving</c> translated into French on day 1, then edited on day 2 under its
/// "Closing" heading and given a new section "New part" (id <c>brand-new</c>), so its French translation is outdated by
/// one changed and two added blocks; its Spanish one is current. The good guide has no French translation and a Spanish
/// one still in English (untranslated); the about page has none. Built once to output/.</summary>
public sealed class StatusSite : IAsyncLifetime
{
    public const string V1 = "## Setting up\n\nFirst paragraph, never edited.\n\n## Closing\n\nLast words of the guide.\n";
    public const string V2 = "## Setting up\n\nFirst paragraph, never edited.\n\n## Closing\n\nLast words of the guide, now longer.\n\n## New part {#brand-new}\n\nA whole new section.\n";

    public TestSite Site { get; } = TestSite.Create().WithLanguages("en", "fr", "es");

    public BuildResultLines Result { get; private set; } = new([]);

    public static string Evolving(string body) => $"---\ntitle: An evolving guide\nsummary: It changes.\n---\n\n{body}";

    public static string FrenchOf(string sourceBody) =>
        $"---\ntitle: Un guide qui évolue\nsummary: Il change.\nsource_hash: {SpecSourceHash.Of("An evolving guide", "It changes.", "\n" + sourceBody)}\n---\n\n## Mise en place\n\nPremier paragraphe.\n\n## Conclusion\n\nLes derniers mots.\n";

    public async Task InitializeAsync()
    {
        var root = Site.Root;
        Site.WithFile("guides/websites/evolving.md", Evolving(V1))
            .WithFile("guides/websites/evolving.fr.md", FrenchOf(V1))
            .WithFile("guides/websites/good.es.md", $"---\ntitle: A good guide\nsummary: Nothing is wrong here.\nsource_hash: {SpecSourceHash.OfFile(TestSite.GoodGuide, "A good guide", "Nothing is wrong here.")}\n---\n\n## First part\n\nSome text.\n")
            .WithFile("pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\n\nWe are here.\n");
        GitRepository.Init(root);
        var owners = await ToolRunner.RunAsync(root, "codeowners");
        Assert.True(owners.ExitCode == 0, owners.ToString());
        GitRepository.CommitAll(root, "first", 1);
        Site.WithFile("guides/websites/evolving.md", Evolving(V2))
            .WithFile("guides/websites/evolving.es.md", $"---\ntitle: Una guía que evoluciona\nsummary: Cambia.\nsource_hash: {SpecSourceHash.Of("An evolving guide", "It changes.", "\n" + V2)}\n---\n\n## Preparación\n\nPrimer párrafo.\n\n## Cierre\n\nÚltimas palabras, ahora más largas.\n\n## Parte nueva {{#brand-new}}\n\nUna sección nueva.\n");
        GitRepository.CommitAll(root, "edit the closing, add a part", 2);
        var result = await Site.BuildAsync();
        Result = new BuildResultLines([.. DiagnosticLines.Of(result.Diagnostics)]);
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The diagnostics of a fixture's build, as lines.</summary>
public sealed record BuildResultLines(IReadOnlyList<string> Lines);
