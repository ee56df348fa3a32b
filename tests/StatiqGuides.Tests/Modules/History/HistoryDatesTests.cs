using StatiqGuides.Modules.Serve;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.History;

/// <summary><c>updated</c> left out of the front matter, taken from the file's last commit (site.yml's
/// <c>updated_from_git: true</c>), against a git history built here; and the stated fallback without one.</summary>
public sealed class HistoryDatesTests
{
    private const string Uncommitted = "'updated' is left out of 1 file(s), this one first, and git gives no date for them: they are not committed yet, or were last changed beyond a shallow clone's history; their pages show no date";

    private static TestSite Site(bool fromGit = true) => TestSite.Create()
        .WithLanguages("en", "fr")
        .WithFile("site.yml", TestSite.SiteYml.Replace("languages: [en]", "languages: [en, fr]", StringComparison.Ordinal) + (fromGit ? "updated_from_git: true\n" : ""))
        .WithCaseStudy("study")
        .WithGuide("dated", "title: Dated by hand\nsummary: Its date is written.\nupdated: 2023-05-05")
        .WithFile("guides/websites/good.fr.md", "---\ntitle: Un bon guide\nsummary: Rien ne va mal ici.\n---\n\n## Première partie\n\nDu texte.\n");

    /// <summary>Everything committed on day 1, the good guide edited and committed again on day 3.</summary>
    private static async Task<TestSite> CommittedSiteAsync(bool fromGit = true)
    {
        var site = Site(fromGit);
        GitRepository.Init(site.Root);
        var owners = await ToolRunner.RunAsync(site.Root, "codeowners");
        Assert.True(owners.ExitCode == 0, owners.ToString());
        GitRepository.CommitAll(site.Root, "first", 1);
        site.WithFile(TestSite.GoodGuidePath, File.ReadAllText(Path.Combine(site.InputDirectory, TestSite.GoodGuidePath)).Replace("Some text.", "Some edited text.", StringComparison.Ordinal));
        GitRepository.CommitAll(site.Root, "edit the good guide", 3);
        return site;
    }

    private static string? Date(TestSite site, string page) =>
        site.OutputPage(page).QuerySelector(".page-meta time")?.GetAttribute("datetime");

    [Fact]
    public async Task A_left_out_updated_is_the_last_commit_date_a_written_one_wins_translations_inherit_and_an_uncommitted_file_is_SG0233()
    {
        using var site = await CommittedSiteAsync();
        site.WithGuide("fresh", "title: Not committed\nsummary: Written a minute ago.");

        var result = await site.BuildAsync();

        Expect.Diagnostics(result.Diagnostics, $"input/guides/websites/fresh.md:1:1: info SG0233: {Uncommitted}");
        Assert.Equal("2024-01-03", Date(site, TestSite.GoodGuidePage));
        Assert.Equal("2024-01-03", Date(site, "fr/guides/websites/good/index.html"));
        Assert.Equal("2023-05-05", Date(site, "en/guides/websites/dated/index.html"));
        Assert.Equal("2024-01-01", Date(site, "en/case-studies/study/index.html"));
        Assert.Null(Date(site, "en/guides/websites/fresh/index.html"));
        Assert.Contains("<loc>https://guides.test/en/guides/websites/good/</loc><lastmod>2024-01-03</lastmod>",
            site.ReadOutput("sitemap.xml").Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_repository_pages_show_no_date_and_one_SG0233_info_names_the_first_file_and_the_count()
    {
        using var site = Site();

        var result = await site.BuildAsync();

        Expect.Diagnostics(result.Diagnostics, "input/case-studies/study.md:1:1: info SG0233: 'updated' is left out of 2 file(s), this one first, and git gives no date for them: there is no git history here (git is missing, or the input folder is in no repository); their pages show no date");
        Assert.Null(Date(site, TestSite.GoodGuidePage));
        Assert.Null(Date(site, "en/case-studies/study/index.html"));
        Assert.Equal("2023-05-05", Date(site, "en/guides/websites/dated/index.html"));
    }

    [Fact]
    public async Task Without_updated_from_git_the_history_gives_no_date_and_nothing_is_reported()
    {
        using var site = await CommittedSiteAsync(fromGit: false);

        var result = await site.BuildAsync();

        Expect.NoDiagnostics(result.Diagnostics);
        Assert.Null(Date(site, TestSite.GoodGuidePage));
        Assert.Equal("2023-05-05", Date(site, "en/guides/websites/dated/index.html"));
    }

    [Fact]
    public async Task A_session_reads_the_history_again_after_a_commit_and_not_while_nothing_changed()
    {
        using var site = await CommittedSiteAsync();
        var session = new BuildSession(site.Options());
        await session.RebuildAsync();

        var unchanged = await session.RebuildAsync();
        site.WithGuide("good", "title: A good guide\nsummary: Nothing is wrong here.\ncase_studies: [study]", "Edited again, not yet committed.\n");
        var edited = SessionDate(session, TestSite.GoodGuidePage, await session.RebuildAsync());
        GitRepository.CommitAll(site.Root, "edit once more", 5);
        var committed = await session.RebuildAsync();

        Assert.Equal(0, unchanged.Cache.Misses);
        Assert.Empty(unchanged.ChangedFiles);
        Assert.Equal("2024-01-03", edited);
        // Only HEAD and the working tree's status changed: the page shows the new commit's date.
        Assert.Equal("2024-01-05", SessionDate(session, TestSite.GoodGuidePage, committed));
        Assert.Contains(TestSite.GoodGuidePage, committed.ChangedFiles);
    }

    private static string? SessionDate(BuildSession session, string page, SessionBuild build)
    {
        Expect.NoDiagnostics(build.Diagnostics);
        var bytes = session.Current.Files[page].ReadAsync(CancellationToken.None).GetAwaiter().GetResult();
        return Html.Parse(System.Text.Encoding.UTF8.GetString(bytes)).QuerySelector(".page-meta time")?.GetAttribute("datetime");
    }
}
