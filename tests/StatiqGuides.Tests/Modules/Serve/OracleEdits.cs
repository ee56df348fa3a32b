using StatiqGuides.Tests.Testing.Oracle;
using StatiqGuides.Tests.Testing.Scheduling;
using Xunit.Abstractions;

namespace StatiqGuides.Tests.Modules.Serve;

/// <summary>The oracle's one-edit cases (<see cref="BuildSessionOracleTests.EditNames"/>), dealt round-robin to
/// <see cref="Shards"/> test classes: xunit runs a class's cases one after another, and about 150 cases of a few
/// hundred milliseconds each were the whole tail of the suite on one thread.</summary>
public static class OracleEdits
{
    public const int Shards = 4;

    public static TheoryData<string> Shard(int shard) =>
        [.. BuildSessionOracleTests.EditNames().Where((_, index) => index % Shards == shard)];

    public static async Task CheckOneEditAsync(string edit, ITestOutputHelper output)
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

[LongRunning(25)]
public sealed class OracleEdits0Tests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(OracleEdits.Shard), 0, MemberType = typeof(OracleEdits))]
    public Task One_edit_to_a_running_session_gives_the_bytes_of_a_clean_build(string edit) => OracleEdits.CheckOneEditAsync(edit, output);
}

[LongRunning(25)]
public sealed class OracleEdits1Tests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(OracleEdits.Shard), 1, MemberType = typeof(OracleEdits))]
    public Task One_edit_to_a_running_session_gives_the_bytes_of_a_clean_build(string edit) => OracleEdits.CheckOneEditAsync(edit, output);
}

[LongRunning(25)]
public sealed class OracleEdits2Tests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(OracleEdits.Shard), 2, MemberType = typeof(OracleEdits))]
    public Task One_edit_to_a_running_session_gives_the_bytes_of_a_clean_build(string edit) => OracleEdits.CheckOneEditAsync(edit, output);
}

[LongRunning(25)]
public sealed class OracleEdits3Tests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(OracleEdits.Shard), 3, MemberType = typeof(OracleEdits))]
    public Task One_edit_to_a_running_session_gives_the_bytes_of_a_clean_build(string edit) => OracleEdits.CheckOneEditAsync(edit, output);
}
