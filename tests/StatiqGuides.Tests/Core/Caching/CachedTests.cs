using StatiqGuides.Core.Caching;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Core.Caching;

/// <summary>The caching wrapper: a cached step is computed again exactly when its item or an output it reads changed,
/// replays what it reported, and without a cache the module simply runs.</summary>
public sealed class CachedTests
{
    private static readonly DiagnosticCode Code = new("SG9999", Severity.Warning, "saw {0}", "Nothing.");

    [Fact]
    public async Task An_item_is_computed_again_only_when_it_or_an_output_it_reads_changed()
    {
        var calls = new ExecutionLog();
        var prefix = "p1";
        var graph = new PipelineGraph();
        var settings = graph.Add("Settings", new Value(() => prefix)).Publish();
        var items = new List<string> { "a", "b" };
        var result = graph.Add("Items", new Items(() => items)).Then(Cached.Each(new Prefix(calls, settings))).Publish();
        var engine = graph.Build();
        var cache = new BuildCache();

        async Task<(IReadOnlyList<string> Values, IReadOnlyList<Diagnostic> Diagnostics)> RunAsync()
        {
            cache.BeginRun();
            var (context, diagnostics) = TestContexts.Create();
            var outputs = await engine.RunAsync(context.WithCache(cache));
            cache.EndRun();
            return (outputs.Get(result), diagnostics.ToSortedList());
        }

        var first = await RunAsync();
        var again = await RunAsync();
        items = ["a", "c"];
        var oneChanged = await RunAsync();
        prefix = "p2";
        var readChanged = await RunAsync();

        Assert.Equal(["p1:a", "p1:b"], first.Values);
        Assert.Equal(first.Values, again.Values);
        Assert.Equal(["p1:a", "p1:c"], oneChanged.Values);
        Assert.Equal(["p2:a", "p2:c"], readChanged.Values);
        Assert.Equal(["a", "a", "b", "c", "c"], calls.Entries.Order(StringComparer.Ordinal));
        // A hit reports again what computing it reported.
        Assert.Equal(DiagnosticLines.Of(first.Diagnostics), DiagnosticLines.Of(again.Diagnostics));
        Assert.Equal(["input/a.md:1:1: warning SG9999: saw a", "input/b.md:1:1: warning SG9999: saw b"], DiagnosticLines.Of(again.Diagnostics));
    }

    [Fact]
    public async Task Without_a_cache_the_module_runs_every_time()
    {
        var calls = new ExecutionLog();
        var graph = new PipelineGraph();
        var settings = graph.Add("Settings", new Value(() => "p")).Publish();
        var result = graph.Add("Items", new Items(() => ["a"])).Then(Cached.Each(new Prefix(calls, settings))).Publish();
        var engine = graph.Build();

        await engine.RunAsync(TestContexts.Create().Context);
        var outputs = await engine.RunAsync(TestContexts.Create().Context);

        Assert.Equal(["p:a"], outputs.Get(result));
        Assert.Equal(["a", "a"], calls.Entries);
    }

    [Fact]
    public async Task An_item_reading_a_tracked_output_is_computed_again_only_when_a_lookup_it_made_answers_otherwise()
    {
        var calls = new ExecutionLog();
        var words = new Dictionary<string, string> { ["a"] = "apple", ["b"] = "berry", ["z"] = "zest" };
        var graph = new PipelineGraph();
        var dictionary = graph.Add("Dictionary", new Tracked(() => new Words(new Dictionary<string, string>(words)))).Publish();
        // Each item looks up its own word, and "b" looks up "a" too.
        var result = graph.Add("Items", new Items(() => ["a", "b"])).Then(Cached.Each(new Lookup(calls, dictionary))).Publish();
        var engine = graph.Build();
        var cache = new BuildCache();
        // Items run side by side, so each run's computations are compared in name order.
        var computedPerRun = new List<string>();

        async Task<IReadOnlyList<string>> RunAsync()
        {
            var before = calls.Entries.Count;
            cache.BeginRun();
            var outputs = await engine.RunAsync(TestContexts.Create().Context.WithCache(cache));
            cache.EndRun();
            computedPerRun.Add(string.Join(',', calls.Entries.Skip(before).Order(StringComparer.Ordinal)));
            return outputs.Get(result);
        }

        var first = await RunAsync();
        words["z"] = "zeal";
        var unread = await RunAsync();
        words["a"] = "apricot";
        var read = await RunAsync();
        words.Remove("b");
        var gone = await RunAsync();

        Assert.Equal(["apple", "berry+apple"], first);
        Assert.Equal(first, unread);
        Assert.Equal(["apricot", "berry+apricot"], read);
        Assert.Equal(["apricot", "?+apricot"], gone);
        // The unread word changed nothing; the word both read made both run again; the gone word only "b".
        Assert.Equal(["a,b", "", "a,b", "b"], computedPerRun);
    }

    private sealed class Value(Func<string> value) : PipelineModule<NoInput, string>
    {
        public override ValueTask<string> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(value());
    }

    private sealed class Items(Func<IReadOnlyList<string>> items) : PipelineModule<NoInput, IReadOnlyList<string>>
    {
        public override ValueTask<IReadOnlyList<string>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(items());
    }

    private sealed class Tracked(Func<Words> words) : PipelineModule<NoInput, Words>
    {
        public override ValueTask<Words> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(words());
    }

    /// <summary>A dictionary read word by word: its identity changes with any word, a lookup's fingerprint with its own.</summary>
    private sealed class Words(IReadOnlyDictionary<string, string> words, ReadLog? log = null) : ITrackedReads
    {
        public string CacheIdentity => string.Join(',', words.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Key + "=" + w.Value));

        public string Find(string key)
        {
            log?.Record(key, Fingerprint(key));
            return words.GetValueOrDefault(key) ?? "?";
        }

        public object Recording(ReadLog log) => new Words(words, log);

        public string Fingerprint(string lookup) => words.GetValueOrDefault(lookup) ?? "\0";
    }

    private sealed class Lookup(ExecutionLog calls, Output<Words> words) : EachModule<string, string>(words)
    {
        public override string Process(string item, BuildContext context)
        {
            calls.Add(item);
            var dictionary = context.Read(words);
            return item == "b" ? dictionary.Find("b") + "+" + dictionary.Find("a") : dictionary.Find(item);
        }
    }

    private sealed class Prefix(ExecutionLog calls, Output<string> settings) : EachModule<string, string>(settings)
    {
        public override string Process(string item, BuildContext context)
        {
            calls.Add(item);
            context.Diagnostics.Report(Code, SourceLocation.StartOf($"input/{item}.md"), item);
            return $"{context.Read(settings)}:{item}";
        }
    }
}
