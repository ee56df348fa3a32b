using StatiqGuides.Core.Caching;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Core.Caching;

public sealed class BuildCacheTests
{
    private static readonly DiagnosticCode Code = new("SG9999", Severity.Warning, "computed {0}", "Nothing.");

    [Fact]
    public void A_hit_returns_the_cached_value_and_reports_again_what_computing_it_reported()
    {
        var cache = new BuildCache();
        var calls = 0;
        string Compute(IDiagnosticSink sink)
        {
            calls++;
            sink.Report(Code, SourceLocation.StartOf("input/x.md"), "x");
            return "value";
        }

        cache.BeginRun();
        var first = new DiagnosticBag();
        Assert.Equal("value", cache.GetOrCompute("scope", "key", first, Compute));
        cache.EndRun();
        cache.BeginRun();
        var second = new DiagnosticBag();
        Assert.Equal("value", cache.GetOrCompute("scope", "key", second, Compute));
        cache.EndRun();

        Assert.Equal(1, calls);
        Expect.Diagnostics(second.ToSortedList(), "input/x.md:1:1: warning SG9999: computed x");
        Assert.Equal(new CacheCounters(1, 0), cache.Counters);
    }

    [Fact]
    public void Entries_the_last_run_did_not_use_are_dropped()
    {
        var cache = new BuildCache();
        cache.BeginRun();
        cache.GetOrCompute("source", "a", new DiagnosticBag(), _ => "a");
        cache.GetOrCompute("pages", "old", new DiagnosticBag(), _ => "old");
        cache.EndRun();
        cache.BeginRun();
        cache.GetOrCompute("source", "a", new DiagnosticBag(), _ => "a");
        cache.GetOrCompute("pages", "new", new DiagnosticBag(), _ => "new");
        cache.EndRun();

        Assert.Equal(2, cache.Count);
        Assert.Equal("recomputed", cache.GetOrCompute("pages", "old", new DiagnosticBag(), _ => "recomputed"));
    }
}
