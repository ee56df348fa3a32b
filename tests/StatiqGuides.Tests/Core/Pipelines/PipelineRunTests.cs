using StatiqGuides.Core.Pipelines;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Core.Pipelines;

/// <summary>A build under way: what <c>serve</c> reads early to show the changed pages before the rest of the site.</summary>
public sealed class PipelineRunTests
{
    [Fact]
    public async Task An_output_is_read_as_soon_as_its_pipeline_has_run_while_a_later_one_still_runs()
    {
        var log = new ExecutionLog();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var graph = new PipelineGraph();
        var pages = graph.Add("Pages", new NamedModule(log, "pages")).Publish();
        var search = graph.Add("Search", new HeldModule(release.Task, "index", pages)).Publish();
        var run = graph.Build().Start(TestContexts.Create().Context);

        Assert.Equal("pages", await run.ReadyAsync(pages).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.False(run.Completion.IsCompleted);

        release.SetResult();
        var outputs = await run.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("index", outputs.Get(search));
        Assert.Equal("index", await run.ReadyAsync(search));
    }

    [Fact]
    public async Task A_step_waits_for_what_it_reads_while_the_steps_before_it_run_at_once()
    {
        var log = new ExecutionLog();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var graph = new PipelineGraph();
        var history = graph.Add("History", new HeldModule(release.Task, "history")).Publish();
        var content = graph.Add("Content", new NamedModule(log, "content")).Then(new ReadingSuffixModule(log, history)).Publish();
        var run = graph.Build().Start(TestContexts.Create().Context);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!log.Entries.Contains("content") && waited.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(10);
        Assert.Equal(["content"], log.Entries);
        await Task.Delay(100);
        Assert.False(run.ReadyAsync(content).IsCompleted);

        release.SetResult();
        Assert.Equal("content+history", await run.ReadyAsync(content).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(["content", "+History"], log.Entries);
    }

    [Fact]
    public async Task Pipelines_the_first_outputs_do_not_need_start_only_once_those_are_published()
    {
        var log = new ExecutionLog();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var graph = new PipelineGraph();
        var catalog = graph.Add("Catalog", new NamedModule(log, "catalog")).Publish();
        var pages = graph.Add("Pages", new HeldModule(release.Task, "pages", catalog)).Publish();
        var files = graph.Add("Files", new NamedModule(log, "files", catalog)).Publish();
        var engine = graph.Build();

        var unordered = engine.Start(TestContexts.Create().Context);
        Assert.Equal("files+catalog", await unordered.ReadyAsync(files).WaitAsync(TimeSpan.FromSeconds(30)));
        var run = engine.Start(TestContexts.Create().Context, [pages]);
        await Task.Delay(200);
        Assert.False(run.ReadyAsync(files).IsCompleted);

        release.SetResult();
        Assert.Equal("pages", await run.ReadyAsync(pages).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("files+catalog", await run.ReadyAsync(files).WaitAsync(TimeSpan.FromSeconds(30)));
        await unordered.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Throws<ArgumentException>(() => engine.Start(TestContexts.Create().Context, [new PipelineGraph().Add("Elsewhere", new NamedModule(log, "x")).Publish()]));
    }

    [Fact]
    public async Task What_the_caller_does_with_the_first_outputs_runs_before_any_other_pipeline_and_is_part_of_the_run()
    {
        var log = new ExecutionLog();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var graph = new PipelineGraph();
        var pages = graph.Add("Pages", new NamedModule(log, "pages")).Publish();
        var files = graph.Add("Files", new NamedModule(log, "files")).Publish();
        var engine = graph.Build();
        string? seen = null;

        var run = engine.Start(TestContexts.Create().Context, [pages], async laidOut =>
        {
            seen = await laidOut.ReadyAsync(pages);
            await release.Task;
        });
        await Task.Delay(200);
        Assert.Equal("pages", seen);
        Assert.Equal(["pages"], log.Entries);
        Assert.False(run.Completion.IsCompleted);

        release.SetResult();
        Assert.Equal("files", await run.ReadyAsync(files).WaitAsync(TimeSpan.FromSeconds(30)));
        await run.Completion.WaitAsync(TimeSpan.FromSeconds(30));

        var failing = engine.Start(TestContexts.Create().Context, [pages], _ => Task.FromException(new InvalidOperationException("shown")));
        Assert.Equal("shown", (await Assert.ThrowsAsync<InvalidOperationException>(() => failing.Completion)).Message);
    }

    [Fact]
    public async Task An_output_of_another_graph_is_refused_and_a_failed_pipeline_fails_its_readers_and_the_run()
    {
        var log = new ExecutionLog();
        var other = new PipelineGraph().Add("Elsewhere", new NamedModule(log, "elsewhere")).Publish();
        var graph = new PipelineGraph();
        var failing = graph.Add("Failing", new HeldModule(Task.FromException(new InvalidOperationException("broken")), "never")).Publish();
        var run = graph.Build().Start(TestContexts.Create().Context);

        await Assert.ThrowsAsync<ArgumentException>(() => run.ReadyAsync(other));
        Assert.Equal("broken", (await Assert.ThrowsAsync<InvalidOperationException>(() => run.ReadyAsync(failing))).Message);
        Assert.Equal("broken", (await Assert.ThrowsAsync<InvalidOperationException>(() => run.Completion)).Message);
    }
}
