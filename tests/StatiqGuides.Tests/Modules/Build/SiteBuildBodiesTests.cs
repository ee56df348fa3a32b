using System.Collections.Concurrent;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.FrontMatter;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Build;

/// <summary>The site build's catalog keeps no bodies, since it is held to the end of the build: a module reads them from
/// the content as read, and the catalog still answers what bodies decide (translation statuses, source hashes).</summary>
public sealed class SiteBuildBodiesTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create().WithLanguages("en", "fr")
        .WithGuide("copied", "title: Copied\nsummary: S", "Still the English text.\n")
        .WithFile("guides/websites/copied.fr.md", "---\ntitle: Copié\n---\n\nStill the English text.\n\n")
        .WithGuide("translated", "title: Translated\nsummary: S", "English words.\n")
        .WithFile("guides/websites/translated.fr.md", "---\ntitle: Traduit\n---\n\nDes mots français.\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_host_module_finds_the_catalog_without_bodies_and_every_body_in_the_content_and_statuses_are_those_of_the_bodies()
    {
        var probe = new ConcurrentQueue<Seen>();
        var setup = new SiteSetup().ConfigurePipelines(site =>
            site.Graph.AddTo(site.SiteFiles, site.Graph.Add("Probe", new BodyProbe(site.Catalog, site.Content, probe)).Publish()));

        var result = await SiteBuilder.RunAsync(_site.Options(), write: true, setup);
        var withBodies = await SiteBuilder.ReadCatalogAsync(_site.Options());

        Assert.Contains(result.Diagnostics, d => d.Code == "SG0700" && d.Location.Path.EndsWith("copied.fr.md", StringComparison.Ordinal));
        var seen = Assert.Single(probe);
        Assert.False(seen.AnyItemHasBody);
        Assert.StartsWith("input/guides/websites/copied.md: ", seen.RefusedRead, StringComparison.Ordinal);
        Assert.Contains("the site build's catalog keeps no bodies", seen.RefusedRead, StringComparison.Ordinal);
        Assert.Equal("\nDes mots français.\n", seen.Bodies.Single(b => b.Key.EndsWith("translated.fr.md", StringComparison.Ordinal)).Value);
        Assert.True(withBodies.Catalog.Items.All(i => i.HasBody));
        Assert.Equal(Statuses(withBodies.Catalog), seen.Statuses);
        Assert.Contains("copied/fr/Untranslated", seen.Statuses);
        Assert.Equal(withBodies.Catalog.Items.Select(i => withBodies.Catalog.SourceHashOf(i.Uid)), seen.SourceHashes);
    }

    private static List<string> Statuses(SiteCatalog catalog) =>
        [.. catalog.Items.SelectMany(i => catalog.Settings.Languages.Select(l => $"{i.Uid}/{l}/{catalog.Localize(i, l).Status}"))];

    private sealed record Seen(bool AnyItemHasBody, string RefusedRead, IReadOnlyDictionary<string, string> Bodies, List<string> Statuses,
        List<string> SourceHashes);

    private sealed class BodyProbe(Output<SiteCatalog> catalog, Output<IReadOnlyList<ParsedContent>> content, ConcurrentQueue<Seen> seen)
        : PipelineModule<NoInput, IReadOnlyList<OutputFile>>(catalog, content)
    {
        public override ValueTask<IReadOnlyList<OutputFile>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
        {
            var site = context.Read(catalog);
            var refused = Assert.Throws<InvalidOperationException>(() => site.Items[0].Body).Message;
            var bodies = ParsedContent.ItemsByPath(context.Read(content)).ToDictionary(b => Path.GetRelativePath(context.Options.InputDirectory, b.Key), b => b.Value.Body);
            seen.Enqueue(new Seen(site.Items.Concat(site.Translations).Any(i => i.HasBody), refused, bodies, Statuses(site),
                [.. site.Items.Select(i => site.SourceHashOf(i.Uid))]));
            return ValueTask.FromResult<IReadOnlyList<OutputFile>>([]);
        }
    }
}
