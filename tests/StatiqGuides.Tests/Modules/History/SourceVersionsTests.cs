using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;
using StatiqGuides.Modules.History;
using StatiqGuides.Modules.Translations.Diff;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.History;

/// <summary>The versions of a source the history knows, found by <c>source_hash</c>: also one that exists only in a
/// merge commit (a conflict resolved by hand), which <c>git log --follow</c> alone never lists.</summary>
public sealed class SourceVersionsTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create().WithLanguages("en", "fr");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_translation_made_from_a_version_resolved_in_a_merge_finds_it_as_its_baseline()
    {
        GitRepository.Init(_site.Root);
        Write("Alpha.");
        GitRepository.CommitAll(_site.Root, "first", 1);
        GitRepository.Run(_site.Root, "switch", "-q", "-c", "side");
        Write("Alpha on the side.");
        GitRepository.CommitAll(_site.Root, "side", 2);
        GitRepository.Run(_site.Root, "switch", "-q", "main");
        Write("Alpha on main.");
        GitRepository.CommitAll(_site.Root, "main", 3);
        Assert.Throws<InvalidOperationException>(() => GitRepository.Run(_site.Root, "merge", "-q", "side"));
        Write("Alpha, merged by hand.");
        GitRepository.CommitAll(_site.Root, "merge side", 4);
        var merge = GitRepository.Run(_site.Root, "rev-parse", "HEAD").Trim();
        Assert.Equal(2, GitRepository.Run(_site.Root, "rev-list", "--parents", "-n", "1", "HEAD").Trim().Split(' ').Length - 1);
        _site.WithFile("guides/websites/merged.fr.md", $"---\ntitle: Fusionné\nsummary: Résumé.\nsource_hash: {SpecSourceHash.Of("Merged", "A summary.", "\nAlpha, merged by hand.\n")}\n---\n\nAlpha, fusionné à la main.\n");
        GitRepository.CommitAll(_site.Root, "French", 5);
        Write("Alpha, merged by hand, then edited.");

        var options = new BuildOptions(_site.InputDirectory, _site.ThemeDirectory, _site.OutputDirectory, _site.Root);
        var catalog = (await SiteBuilder.ReadCatalogAsync(options)).Catalog;
        var diff = new SourceDiffer(new SourceVersions(GitHistory.Open(options.InputDirectory)))
            .Diff(catalog.Find("merged")!, "fr", catalog.FindTranslation("merged", "fr")!.FrontMatter.SourceHash);

        Assert.True(diff.HasBaseline, diff.Lookup.Reason);
        Assert.Equal(merge, diff.Lookup.Version!.Commit);
        Assert.Equal(new ChangeCounts(1, 0, 0), diff.Counts);
    }

    private void Write(string text) => _site.WithGuide("merged", "title: Merged\nsummary: A summary.", text + "\n");
}
