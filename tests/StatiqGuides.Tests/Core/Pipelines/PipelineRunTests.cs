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
