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

    private sealed record Source(string Text);

    [Fact]
    public void A_value_remembered_with_an_object_is_computed_once_for_that_object_across_runs_and_again_for_another()
    {
        var cache = new BuildCache();
        var calls = new List<Source>();
        string Length(Source source)
        {
            lock (calls) calls.Add(source);
            return source.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var kept = new Source("kept");
        var equal = new Source("kept");

        cache.BeginRun();
        var first = cache.Remember(kept, Length);
        cache.EndRun();
        cache.BeginRun();
        var again = cache.Remember(kept, Length);
        var other = cache.Remember(equal, Length);
        var changed = cache.Remember(new Source("changed"), Length);

        Assert.Equal("4", first);
        Assert.Same(first, again);
        Assert.Equal("4", other);
        Assert.Equal("7", changed);
        // Equal but not the same object: computed again, since only the object itself is known not to have changed.
        Assert.Equal(3, calls.Count);
        Assert.Same(kept, calls[0]);
        Assert.Same(equal, calls[1]);
    }
    [Fact]
    public void A_value_remembered_with_two_objects_is_computed_once_for_that_pair_and_again_when_either_is_another()
    {
        var cache = new BuildCache();
        var calls = 0;
        string Joined(Source first, Source second)
        {
            Interlocked.Increment(ref calls);
            return first.Text + "+" + second.Text;
        }
        var translation = new Source("fr");
        var source = new Source("en");

        cache.BeginRun();
        var first = cache.Remember(translation, source, Joined);
        cache.EndRun();
        cache.BeginRun();
        var again = cache.Remember(translation, source, Joined);
        var newSource = cache.Remember(translation, new Source("en"), Joined);
        var newTranslation = cache.Remember(new Source("fr"), source, Joined);
        var edited = cache.Remember(translation, new Source("en, edited"), Joined);

        Assert.Equal("fr+en", first);
        Assert.Same(first, again);
        Assert.Equal("fr+en", newSource);
        Assert.NotSame(first, newSource);
        Assert.Equal("fr+en", newTranslation);
        Assert.Equal("fr+en, edited", edited);
        Assert.Equal(4, calls);
    }

    [Fact]
    public void A_kept_value_is_the_earlier_object_while_equal_and_the_new_one_once_it_differs_or_a_run_did_not_ask()
    {
        var cache = new BuildCache();

        cache.BeginRun();
        var first = cache.Keep("files", "a.md", new Source("a"));
        var other = cache.Keep("files", "b.md", new Source("b"));
        cache.EndRun();
        cache.BeginRun();
        var equal = cache.Keep("files", "a.md", new Source("a"));
        var elsewhere = cache.Keep("plans", "a.md", new Source("a"));
        cache.EndRun();
        cache.BeginRun();
        var changed = cache.Keep("files", "a.md", new Source("a, edited"));
        var unasked = new Source("b");
        var afterARunWithout = cache.Keep("files", "b.md", unasked);
        cache.EndRun();

        Assert.Same(first, equal);
        Assert.NotSame(first, elsewhere);
        Assert.Equal("a, edited", changed.Text);
        // "b.md" was not asked for in the second run: forgotten, so the third run's equal value is its own.
        Assert.Equal(other, afterARunWithout);
        Assert.Same(unasked, afterARunWithout);
    }
    [Fact]
    public void A_result_is_kept_while_each_lookup_it_made_answers_the_same_in_a_new_value_even_one_numbered_after_that_value_was_first_checked()
    {
        var cache = new BuildCache();
        var calls = new List<string>();
        string Compute(string item, IReadOnlyList<ReadLog> logs, Answers value)
        {
            calls.Add(item);
            foreach (var lookup in item.Split('+')) logs[0].Record(lookup, value.Fingerprint(lookup));
            return item + "@" + string.Join(',', item.Split('+').Select(value.Fingerprint));
        }
        string Get(string item, Answers value) =>
            cache.GetOrCompute("scope", item, new DiagnosticBag(), [value], (_, logs) => Compute(item, logs, value));

        cache.BeginRun();
        Assert.Equal("a@1", Get("a", new Answers(("a", "1"))));
        cache.EndRun();

        // A new value with the same answer: kept. Its answers are made here, before "b" has a number.
        cache.BeginRun();
        var second = new Answers(("a", "1"), ("b", "2"));
        Assert.Equal("a@1", Get("a", second));
        Assert.Equal("a+b@1,2", Get("a+b", second));
        Assert.Equal("a+b@1,2", Get("a+b", second));
        cache.EndRun();

        cache.BeginRun();
        var third = new Answers(("a", "1"), ("b", "3"));
        Assert.Equal("a@1", Get("a", third));
        Assert.Equal("a+b@1,3", Get("a+b", third));
        cache.EndRun();

        Assert.Equal(["a", "a+b", "a+b"], calls);
        Assert.Equal(new CacheCounters(1, 1), cache.Counters);
    }

    /// <summary>A value that answers each lookup from a fixed table; a lookup it does not know answers "none".</summary>
    private sealed class Answers(params (string Lookup, string Answer)[] answers) : ITrackedReads
    {
        public string CacheIdentity => string.Join(',', answers);

        public object Recording(ReadLog log) => this;

        public string Fingerprint(string lookup) => answers.FirstOrDefault(a => a.Lookup == lookup).Answer ?? "none";
    }
}
