using StatiqGuides.Tests.Testing;
using StatiqGuides.Tests.Testing.Oracle;

namespace StatiqGuides.Tests.Modules.Serve;

/// <summary>The oracle of <c>serve</c>'s incremental builds: for every key of every schema, and for every other kind of
/// edit, a running session given that one edit serves exactly the files and diagnostics of a clean build of the
/// edited site (the one-edit cases are in <see cref="OracleEdits"/>). The clean build is a new session with nothing cached; <see cref="A_fresh_session_gives_the_files_and_diagnostics_build_writes"/>
/// shows that equals what <c>build</c> writes.</summary>
public sealed class BuildSessionOracleTests
{
    /// <summary>The one-edit cases: one per schema key (so a key with no generator is a failing case), then every
    /// generator's name.</summary>
    public static IReadOnlyList<string> EditNames() => [.. SiteEdits.SchemaKeyNames().Concat(SiteEdits.All.Select(e => e.Name)).Distinct()];

    /// <summary>What the fixture reports before any edit: the two case studies left uncited for the uid edits, one without themes.</summary>
    public static readonly string[] FixtureDiagnostics =
    [
        "input/case-studies/france.md:1:1: warning SG0116: no guide cites case study 'france-an'",
        "input/case-studies/india.md:1:1: warning SG0116: no guide cites case study 'india'",
        "input/case-studies/india.md:1:1: warning SG0118: case study 'india' is maintained by no hub: none of its themes is a section that a hub in hubs.yml maintains",
    ];

    [Fact]
    public void Every_key_of_every_schema_has_an_edit_generator()
    {
        var missing = SiteEdits.SchemaKeyNames().Where(n => SiteEdits.Find(n) is null).ToList();
        Assert.True(missing.Count == 0, "Keys of ContentSchemas with no edit in SiteEdits (tests/…/Testing/Oracle): " + string.Join(", ", missing));
        Assert.Equal(SiteEdits.All.Count, SiteEdits.All.Select(e => e.Name).Distinct().Count());
    }

    [Fact]
    public async Task Two_clean_builds_of_the_fixture_are_byte_identical()
    {
        using var site = await OracleSite.CreateAsync();
        var first = await SiteOutput.CleanAsync(site.Site.Options());
        var second = await SiteOutput.CleanAsync(site.Site.Options());

        Expect.Lines(first.Diagnostics, FixtureDiagnostics, "diagnostics");
        Assert.Null(first.Differences(second));
        // Pages of each kind, in each language, so that every key has somewhere to show.
        Assert.Contains("fr/guides/websites/alpha/index.html", first.Files.Keys);
        Assert.Contains("es/case-studies/kenya/index.html", first.Files.Keys);
        Assert.Contains("en/hubs/hub-spare/index.html", first.Files.Keys);
        Assert.Contains("assets/chart.png", first.Files.Keys);
        Assert.DoesNotContain("en/guides/websites/delta/index.html", first.Files.Keys);
    }

    [Fact]
    public async Task The_fixture_translations_are_current_and_outdated_as_intended()
    {
        using var site = await OracleSite.CreateAsync();
        var run = await site.Site.CheckAsync();

        Assert.Empty(run.Page("fr/guides/websites/alpha/index.html").QuerySelectorAll(".notice-outdated"));
        Assert.Single(run.Page("es/guides/websites/alpha/index.html").QuerySelectorAll(".notice-outdated"));
        Assert.Single(run.Page("fr/guides/websites/beta/index.html").QuerySelectorAll(".notice-outdated"));
        Assert.Empty(run.Page("fr/case-studies/kenya/index.html").QuerySelectorAll(".notice-outdated"));
        Assert.Empty(run.Page("fr/about/index.html").QuerySelectorAll(".notice-outdated"));
    }

    [Fact]
    public async Task A_fresh_session_gives_the_files_and_diagnostics_build_writes()
    {
        using var site = await OracleSite.CreateAsync();
        var folder = Path.Combine(site.Site.Root, "written");
        var result = await site.Site.BuildAsync(folder);
        var written = SiteOutput.OfFolder(folder, result.Diagnostics);

        var session = await SiteOutput.CleanAsync(site.Site.Options());

        Expect.Lines(result.Lines(), FixtureDiagnostics, "diagnostics");
        Assert.True(written.Files.Count > 100, $"only {written.Files.Count} files written");
        Assert.Null(written.Differences(session));
    }
}
