using System.Diagnostics;
using System.Globalization;
using StatiqGuides.Tests.Testing.Oracle;
using Xunit.Abstractions;
using StatiqGuides.Tests.Testing.Scheduling;

namespace StatiqGuides.Tests.Modules.Serve;

/// <summary>The oracle's property test: one running session, a seeded random sequence of edits drawn from every
/// generator of <see cref="SiteEdits"/>, and after each edit the session compared with a clean build. Edits that break
/// the build are mended one to four edits later; an edit that makes CODEOWNERS out of date is followed, one to three
/// edits later, by <c>codeowners</c>. After a difference the session starts over and the sequence goes on, so that one
/// run lists every edit the session got wrong; the first is reported in full. ORACLE_SEED changes the seed, ORACLE_STEPS the number of edits; ORACLE_SELF_CHECK=1 checks the oracle itself,
/// with a new session at each edit, which must always equal the clean build (no nondeterminism, no timestamps).</summary>
[LongRunning(40)]
public sealed class BuildSessionRandomEditsTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20260;
    private const int DefaultSteps = 200;

    [Fact]
    public async Task Two_hundred_random_edits_to_one_session_each_give_the_bytes_of_a_clean_build()
    {
        var seed = Setting("ORACLE_SEED", DefaultSeed);
        var steps = Setting("ORACLE_STEPS", DefaultSteps);
        var selfCheck = Setting("ORACLE_SELF_CHECK", 0) == 1;
        output.WriteLine($"seed {seed} (ORACLE_SEED), {steps} edits (ORACLE_STEPS)");
        var random = new Random(seed);
        var choice = new EditChoice(random, firstTarget: false);
        using var site = await OracleSite.CreateAsync();
        var session = site.NewSession();
        await session.RebuildAsync();
        var history = new List<string>();
        var failures = new List<string>();
        var scheduled = new List<(int Step, string Name, Func<OracleSite, Task> Edit)>();
        var stopwatch = Stopwatch.StartNew();
        var sessionTime = TimeSpan.Zero;
        for (var step = 1; step <= steps; step++)
        {
            string description;
            if (scheduled.FirstOrDefault(s => s.Step <= step) is { Edit: not null } due)
            {
                scheduled.Remove(due);
                await due.Edit(site);
                description = due.Name;
            }
            else
            {
                var applied = await DrawAsync(site, choice, breakageAllowed: scheduled.Count == 0);
                description = applied.ToString();
                if (applied.Edit.Repair is { } repair) scheduled.Add((step + random.Next(1, 5), $"mend: {applied.Edit}", repair));
            }
            history.Add($"{step,3}. {description}");

            var started = stopwatch.Elapsed;
            if (selfCheck) session = site.NewSession();
            await session.RebuildAsync();
            sessionTime += stopwatch.Elapsed - started;
            var clean = await SiteOutput.CleanAsync(site.Site.Options());
            var served = await SiteOutput.OfAsync(session.Current);
            if (clean.Differences(served) is { } differences)
            {
                // The first failure in full; then, so that one run lists every edit the session gets wrong, the
                // session starts over from the clean state and the sequence goes on.
                failures.Add(failures.Count == 0
                    ? $"after edit {step}{(clean.HasErrors ? " (the clean build has errors: only its files are compared)" : "")}:\n" +
                      $"edits so far (last 12 of {history.Count}):\n{string.Join('\n', history.TakeLast(12))}\n{differences}"
                    : $"after edit {history[^1].Trim()}: {Brief(clean, served)}");
                session = site.NewSession();
                await session.RebuildAsync();
            }
            if (clean.Diagnostics.Any(d => d.Contains(" SG0115:", StringComparison.Ordinal)) && !scheduled.Any(s => s.Name == Regenerate))
            {
                scheduled.Add((step + random.Next(1, 4), Regenerate, s => s.RegenerateCodeOwnersAsync()));
            }
        }
        output.WriteLine($"{steps} edits in {stopwatch.Elapsed.TotalSeconds:0.0} s, of which the session's rebuilds {sessionTime.TotalSeconds:0.0} s");
        output.WriteLine(string.Join('\n', history));
        Assert.True(failures.Count == 0, $"seed {seed}: {failures.Count} of {steps} edits left the session different from a clean build.\n" +
            "First " + string.Join("\nThen ", failures));
    }

    private static string Brief(SiteOutput clean, SiteOutput served)
    {
        var paths = clean.DifferingPaths(served);
        var diagnostics = clean.Diagnostics.SequenceEqual(served.Diagnostics, StringComparer.Ordinal) ? "" : "diagnostics, ";
        return $"{diagnostics}{paths.Count} files: {string.Join(", ", paths.Take(6))}{(paths.Count > 6 ? ", …" : "")}";
    }

    private const string Regenerate = "CODEOWNERS regenerated (due)";

    private sealed record Drawn(SiteEdit Generator, AppliedEdit Edit)
    {
        public override string ToString() => $"{Generator.Name}: {Edit}";
    }

    /// <summary>A random generator that finds something to edit. One edit in 20 breaks the build (there are only a few
    /// such generators among well over a hundred), at most one breakage at a time.</summary>
    private static async Task<Drawn> DrawAsync(OracleSite site, EditChoice choice, bool breakageAllowed)
    {
        static bool breaks(SiteEdit e) => e.Name.StartsWith("error:", StringComparison.Ordinal);
        var breaking = breakageAllowed && choice.Random.Next(20) == 0;
        var pool = SiteEdits.All.Where(e => breaks(e) == breaking).ToList();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var generator = choice.One(pool);
            if (await generator.Apply(site, choice) is { } applied) return new Drawn(generator, applied);
        }
        throw new InvalidOperationException("no edit applies to the site any more");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
