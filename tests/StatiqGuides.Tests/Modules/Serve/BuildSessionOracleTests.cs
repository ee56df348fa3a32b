using StatiqGuides.Tests.Testing;
using StatiqGuides.Tests.Testing.Oracle;
using Xunit.Abstractions;

namespace StatiqGuides.Tests.Modules.Serve;

/// <summary>The oracle of <c>serve</c>'s incremental builds: for every key of every schema, and for every other kind of
/// edit, a running session given that one edit serves exactly the files and diagnostics of a clean build of the
/// edited site. The clean build is a new session with nothing cached; <see cref="A_fresh_session_gives_the_files_and_diagnostics_build_writes"/>
/// shows that equals what <c>build</c> writes.</summary>
public sealed class BuildSessionOracleTests(ITestOutputHelper output)
{
    /// <summary>The one-edit cases: one per schema key (so a key with no generator is a failing case), then every
    /// generator's name.</summary>
    public static TheoryData<string> Edits() => [.. SiteEdits.SchemaKeyNames().Concat(SiteEdits.All.Select(e => e.Name)).Distinct()];

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

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task One_edit_to_a_running_session_gives_the_bytes_of_a_clean_build(string edit)
    {
        var generator = SiteEdits.Find(edit);
        Assert.True(generator is not null, $"no edit generator for '{edit}': add one to SiteEdits (tests/StatiqGuides.Tests/Testing/Oracle)");
        using var site = await OracleSite.CreateAsync();
        var session = site.NewSession();
        await session.RebuildAsync();
        var before = await SiteOutput.OfAsync(session.Current);

        var applied = await generator.Apply(site, new EditChoice(new Random(1), firstTarget: true));
        Assert.True(applied is not null, $"'{edit}' finds nothing to edit in the fixture (OracleFixture must give it a target)");
        var failures = new List<string>();
        var clean = await CheckAsync(site, session, applied.ToString(), failures);
        var changed = before.DifferingPaths(clean);
        output.WriteLine($"{applied}: {changed.Count} files of the clean build changed" + (clean.Diagnostics.SequenceEqual(before.Diagnostics) ? "" : ", diagnostics changed"));

        // An edit that breaks the build is mended, and an ownership edit is followed by `codeowners`, as an author would:
        // the session must then give the clean build's bytes, files included.
        if (applied.Repair is { } repair)
        {
            await repair(site);
            clean = await CheckAsync(site, session, "then mended", failures);
        }
        if (clean.Diagnostics.Any(d => d.Contains(" SG0115:", StringComparison.Ordinal)))
        {
            await site.RegenerateCodeOwnersAsync();
            await CheckAsync(site, session, "then CODEOWNERS regenerated", failures);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task<SiteOutput> CheckAsync(OracleSite site, StatiqGuides.Modules.Serve.BuildSession session, string what, List<string> failures)
    {
        await session.RebuildAsync();
        var clean = await SiteOutput.CleanAsync(site.Site.Options());
        if (clean.Differences(await SiteOutput.OfAsync(session.Current)) is { } differences)
        {
            failures.Add($"After {what}, the session differs from a clean build{(clean.HasErrors ? " (which has errors: only its files are compared)" : "")}:\n{differences}");
        }
        return clean;
    }
}
