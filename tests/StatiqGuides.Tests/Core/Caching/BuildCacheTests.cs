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
    public void A_value_no_longer_current_is_computed_again()
    {
        var cache = new BuildCache();
        var stamp = 1;
        cache.BeginRun();
        cache.GetOrCompute("scope", "key", new DiagnosticBag(), _ => stamp);
        stamp = 2;

        var value = cache.GetOrCompute("scope", "key", new DiagnosticBag(), _ => stamp, cached => cached == stamp);

        Assert.Equal(2, value);
    }

    [Fact]
    public void Entries_the_last_run_did_not_use_are_dropped_and_clearing_keeps_the_scopes_asked_for()
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

        cache.ClearExcept("source");

        Assert.Equal(1, cache.Count);
        Assert.Equal("a", cache.GetOrCompute("source", "a", new DiagnosticBag(), _ => "recomputed"));
    }
}
