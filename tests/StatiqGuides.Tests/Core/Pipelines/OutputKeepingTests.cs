using StatiqGuides.Core.Pipelines;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Core.Pipelines;

/// <summary>A run that keeps only what its caller reads afterwards (what a one-shot build does): every other output is
/// dropped once the last pipeline reading it has run, and never before.</summary>
public sealed class OutputKeepingTests
{
    [Fact]
    public async Task An_output_is_dropped_once_its_last_reader_has_run_while_later_pipelines_still_run()
    {
        var log = new ExecutionLog();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var graph = new PipelineGraph();
        var content = graph.Add("Content", new NamedModule(log, "content")).Publish();
        var catalog = graph.Add("Catalog", new NamedModule(log, "catalog", content)).Publish();
        var markdown = graph.Add("Markdown", new NamedModule(log, "markdown", content, catalog)).Publish();
        var held = graph.Add("Held", new HeldModule(gate.Task, "held")).Publish();
        var pages = graph.Add("Pages", new NamedModule(log, "pages", markdown, held)).Publish();
        var unread = graph.Add("Unread", new NamedModule(log, "unread")).Publish();
        var context = TestContexts.Create().Context.Keeping([pages]);

        var run = graph.Build().Start(context);

        // Markdown has run, its only reader waits: the content, whose readers have all run, is gone; the Markdown is not.
        Assert.Equal("markdown+content+catalog+content", await run.ReadyAsync(markdown).WaitAsync(TimeSpan.FromSeconds(30)));
        var dropped = await Assert.ThrowsAsync<InvalidOperationException>(() => run.ReadyAsync(content));
        Assert.Equal("Pipeline 'Content''s output was dropped once the pipelines reading it had run: a caller that reads it after the build keeps it (BuildContext.Keeping).",
            dropped.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => run.ReadyAsync(unread));
        Assert.False(run.Completion.IsCompleted);

        gate.SetResult();
        var outputs = await run.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("pages+markdown+content+catalog+content+held", outputs.Get(pages));
        foreach (var gone in new[] { content, catalog, markdown, held, unread })
        {
            Assert.Throws<InvalidOperationException>(() => outputs.Get(gone));
        }
    }

    [Fact]
    public async Task A_kept_group_keeps_its_members_and_a_run_that_keeps_nothing_named_keeps_everything()
    {
        var log = new ExecutionLog();
        var graph = new PipelineGraph();
        var files = graph.Group<string>("Files");
        var one = graph.Add("One", new ListModule("1", "2")).Publish();
        var two = graph.Add("Two", new ListModule("3")).Publish();
        graph.AddTo(files, one).AddTo(files, two);
        var other = graph.Add("Other", new NamedModule(log, "other")).Publish();
        var engine = graph.Build();

        var keeping = await engine.RunAsync(TestContexts.Create().Context.Keeping([files]));
        var everything = await engine.RunAsync(TestContexts.Create().Context);

        Assert.Equal(["1", "2", "3"], keeping.Get(files));
        Assert.Equal(["3"], keeping.Get(two));
        Assert.Throws<InvalidOperationException>(() => keeping.Get(other));
        Assert.Equal(["1", "2", "3"], everything.Get(files));
        Assert.Equal("other", everything.Get(other));
    }
}
