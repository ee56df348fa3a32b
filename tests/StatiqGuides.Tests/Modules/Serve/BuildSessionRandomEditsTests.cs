using System.Diagnostics;
using System.Globalization;
using StatiqGuides.Tests.Testing.Oracle;
using Xunit.Abstractions;

namespace StatiqGuides.Tests.Modules.Serve;

/// <summary>The oracle's property test: one running session, a seeded random sequence of edits drawn from every
/// generator of <see cref="SiteEdits"/>, and after each edit the session compared with a clean build. Edits that break
/// the build are mended one to four edits later; an edit that makes CODEOWNERS out of date is followed, one to three
/// edits later, by <c>codeowners</c>. ORACLE_SEED changes the seed, ORACLE_STEPS the number of edits.</summary>
public sealed class BuildSessionRandomEditsTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20260;
    private const int DefaultSteps = 200;

    [Fact]
    public async Task Two_hundred_random_edits_to_one_session_each_give_the_bytes_of_a_clean_build()
    {
        var seed = Setting("ORACLE_SEED", DefaultSeed);
        var steps = Setting("ORACLE_STEPS", DefaultSteps);
        output.WriteLine($"seed {seed} (ORACLE_SEED), {steps} edits (ORACLE_STEPS)");
        var random = new Random(seed);
        var choice = new EditChoice(random, firstTarget: false);
        using var site = await OracleSite.CreateAsync();
        var session = site.NewSession();
        await session.RebuildAsync();
        var history = new List<string>();
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
            await session.RebuildAsync();
            sessionTime += stopwatch.Elapsed - started;
            var clean = await SiteOutput.CleanAsync(site.Site.Options());
            var differences = clean.Differences(await SiteOutput.OfAsync(session.Current));
            Assert.True(differences is null,
                $"seed {seed}: after edit {step}, the session differs from a clean build{(clean.HasErrors ? " (which has errors: only its files are compared)" : "")}.\n" +
                $"Edits so far (last 12 of {history.Count}):\n{string.Join('\n', history.TakeLast(12))}\n{differences}");
            if (clean.Diagnostics.Any(d => d.Contains(" SG0115:", StringComparison.Ordinal)) && !scheduled.Any(s => s.Name == Regenerate))
            {
                scheduled.Add((step + random.Next(1, 4), Regenerate, s => s.RegenerateCodeOwnersAsync()));
            }
        }
        output.WriteLine($"{steps} edits in {stopwatch.Elapsed.TotalSeconds:0.0} s, of which the session's rebuilds {sessionTime.TotalSeconds:0.0} s");
        output.WriteLine(string.Join('\n', history));
    }

    private const string Regenerate = "CODEOWNERS regenerated (due)";

    private sealed record Drawn(SiteEdit Generator, AppliedEdit Edit)
    {
        public override string ToString() => $"{Generator.Name}: {Edit}";
    }

    /// <summary>A random generator that finds something to edit; at most one breakage at a time.</summary>
    private static async Task<Drawn> DrawAsync(OracleSite site, EditChoice choice, bool breakageAllowed)
    {
        var pool = SiteEdits.All.Where(e => breakageAllowed || !e.Name.StartsWith("error:", StringComparison.Ordinal)).ToList();
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
