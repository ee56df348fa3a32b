using StatiqGuides.Modules.Bundles;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Bundles;

/// <summary>The commit an edition manifest names: HEAD of the repository the input folder is in, or null outside one.</summary>
public sealed class SourceCommitTests
{
    [Fact]
    public void The_commit_is_HEAD_of_the_repository_that_holds_the_input()
    {
        using var site = TestSite.Create();
        GitRepository.Init(site.Root);
        GitRepository.CommitAll(site.Root, "first", 1);
        site.WithFile("guides/websites/second.md", "---\ntitle: Second\nsummary: S\n---\n");
        GitRepository.CommitAll(site.Root, "second", 2);

        var commit = SourceCommit.Of(site.InputDirectory);

        Assert.Equal(GitRepository.Run(site.Root, "rev-parse", "HEAD").Trim(), commit);
        Assert.Matches("^[0-9a-f]{40}$", commit);
    }

    [Fact]
    public void A_folder_in_no_repository_or_a_repository_without_commits_has_no_commit()
    {
        using var site = TestSite.Create();
        var outside = SourceCommit.Of(site.InputDirectory);
        GitRepository.Init(site.Root);

        Assert.Null(outside);
        Assert.Null(SourceCommit.Of(site.InputDirectory));
    }
}
