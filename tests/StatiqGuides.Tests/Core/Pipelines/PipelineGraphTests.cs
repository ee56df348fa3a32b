using StatiqGuides.Core.Pipelines;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Core.Pipelines;

/// <summary>The graph's contract: dependencies are the handles modules are given, never written twice; reads outside
/// them are refused every time; a host replaces pipelines and modules and groups outputs.</summary>
public sealed class PipelineGraphTests
{
    [Fact]
    public async Task A_pipeline_runs_after_the_pipelines_its_modules_read_and_sees_their_values()
    {
        var log = new ExecutionLog();
        var graph = new PipelineGraph();
        var settings = graph.Add("Settings", new NamedModule(log, "settings")).Publish();
        var content = graph.Add("Content", new NamedModule(log, "content", settings)).Publish();
        var pages = graph.Add("Pages", new NamedModule(log, "pages", settings, content)).Publish();
        var engine = graph.Build();
        var (context, diagnostics) = TestContexts.Create();

        var outputs = await engine.RunAsync(context);

        Assert.Equal(["settings", "content", "pages"], log.Entries);
        Assert.Equal("pages+settings+content+settings", outputs.Get(pages));
        Assert.Equal(["Content", "Settings"], engine.DependenciesOf("Pages"));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public async Task Modules_of_one_pipeline_run_in_sequence_each_receiving_the_previous_value()
    {
        var log = new ExecutionLog();
        var graph = new PipelineGraph();
        var text = graph.Add("Text", new NamedModule(log, "a")).Then(new SuffixModule(log, "-b")).Then(new SuffixModule(log, "-c")).Publish();

        var outputs = await graph.Build().RunAsync(TestContexts.Create().Context);

        Assert.Equal("a-b-c", outputs.Get(text));
        Assert.Equal(["a", "-b", "-c"], log.Entries);
    }

    [Fact]
    public async Task Reading_an_undeclared_output_is_refused_even_when_that_pipeline_has_run()
    {
        var log = new ExecutionLog();
        var graph = new PipelineGraph();
        var first = graph.Add("First", new NamedModule(log, "first")).Publish();
        // Its first module declares First (so the pipeline runs after it); the second reads it without declaring it.
        graph.Add("Second", new NamedModule(log, "second", first)).Then(new SneakyRead(first)).Publish();
        var engine = graph.Build();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var error = await Assert.ThrowsAsync<PipelineGraphException>(() => engine.RunAsync(TestContexts.Create().Context));
            Assert.Equal("SneakyRead (pipeline 'Second') reads 'First' without declaring it: give the handle to its constructor (Reads).", error.Message);
        }
    }

    [Fact]
    public async Task Reading_an_output_of_no_dependency_is_refused_whatever_the_timing()
    {
        var graph = new PipelineGraph();
        var other = graph.Add("Other", new NamedModule(new ExecutionLog(), "other")).Publish();
        graph.Add("Reader", new SneakyModule(other)).Publish();

        var error = await Assert.ThrowsAsync<PipelineGraphException>(() => graph.Build().RunAsync(TestContexts.Create().Context));

        Assert.Contains("reads 'Other' without declaring it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handle_of_another_graph_is_rejected_before_anything_runs()
    {
        var log = new ExecutionLog();
        var foreign = new PipelineGraph();
        var elsewhere = foreign.Add("Elsewhere", new NamedModule(log, "elsewhere")).Publish();
        var graph = new PipelineGraph();
        graph.Add("Reader", new NamedModule(log, "reader", elsewhere)).Publish();

        var error = Assert.Throws<PipelineGraphException>(graph.Build);

        Assert.Equal("Pipeline 'Reader' reads 'Elsewhere', which no pipeline of the graph produces.", error.Message);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public void A_replacement_reading_its_own_dependents_is_a_cycle_rejected_before_anything_runs()
    {
        var log = new ExecutionLog();
        var graph = new PipelineGraph();
        var a = graph.Add("A", new NamedModule(log, "a")).Publish();
        var b = graph.Add("B", new NamedModule(log, "b", a)).Publish();
        graph.Replace(a, new NamedModule(log, "a2", b)).Publish();

        var error = Assert.Throws<PipelineGraphException>(graph.Build);

        Assert.Equal("Pipelines form a cycle: A -> B -> A.", error.Message);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public void Two_pipelines_with_the_same_name_are_rejected()
    {
        var graph = new PipelineGraph();
        graph.Add("Twice", new NamedModule(new ExecutionLog(), "one")).Publish();

        var error = Assert.Throws<PipelineGraphException>(() => graph.Add("Twice", new NamedModule(new ExecutionLog(), "two")).Publish());

        Assert.Equal("Two pipelines are named 'Twice'.", error.Message);
    }

    [Fact]
    public async Task A_replaced_pipeline_is_read_by_the_modules_holding_its_handle()
    {
        var log = new ExecutionLog();
        var graph = new PipelineGraph();
        var source = graph.Add("Source", new NamedModule(log, "old")).Publish();
        var reader = graph.Add("Reader", new NamedModule(log, "reader", source)).Publish();

        Assert.Same(source, graph.Replace(source, new NamedModule(log, "new")).Then(new SuffixModule(log, "!")).Publish());
        var outputs = await graph.Build().RunAsync(TestContexts.Create().Context);

        Assert.Equal("reader+new!", outputs.Get(reader));
        Assert.DoesNotContain("old", log.Entries);
    }

    [Fact]
    public void A_replacement_giving_another_type_is_refused()
    {
        var graph = new PipelineGraph();
        var source = graph.Add("Source", new NamedModule(new ExecutionLog(), "old")).Publish();

        var error = Assert.Throws<PipelineGraphException>(() => graph.Replace(source, new ListModule("x")).Publish());

        Assert.Equal("Pipeline 'Source' must produce what the pipeline it replaces produced, not IReadOnlyList`1.", error.Message);
    }

    [Fact]
    public async Task A_module_is_replaced_by_one_taking_and_giving_the_same_types_and_refused_otherwise()
    {
        var log = new ExecutionLog();
        var graph = new PipelineGraph();
        var text = graph.Add("Text", new NamedModule(log, "a")).Then(new SuffixModule(log, "-b")).Publish();

        graph.ReplaceModule<SuffixModule>(_ => PipelineStep.Of(new SuffixModule(log, "-z")));
        var outputs = await graph.Build().RunAsync(TestContexts.Create().Context);
        var misfit = Assert.Throws<PipelineGraphException>(() => graph.ReplaceModule<SuffixModule>(_ => PipelineStep.Of(new NamedModule(log, "x"))));
        var missing = Assert.Throws<PipelineGraphException>(() => graph.ReplaceModule<GateModule>(_ => PipelineStep.Of(new NamedModule(log, "x"))));

        Assert.Equal("a-z", outputs.Get(text));
        Assert.Equal("NamedModule cannot replace SuffixModule in pipeline 'Text': it takes NoInput and gives String, not String and String.", misfit.Message);
        Assert.Equal("No pipeline has a GateModule module to replace.", missing.Message);
    }

    [Fact]
    public async Task A_group_reads_every_member_added_to_it_in_order_and_depends_on_all()
    {
        var graph = new PipelineGraph();
        var files = graph.Group<string>("Files");
        var one = graph.Add("One", new ListModule("1", "2")).Publish();
        var two = graph.Add("Two", new ListModule("3")).Publish();
        graph.AddTo(files, one).AddTo(files, two);
        var all = graph.Add("All", new JoinGroup(files)).Publish();
        var engine = graph.Build();

        var outputs = await engine.RunAsync(TestContexts.Create().Context);

        Assert.Equal("1,2,3", outputs.Get(all));
        Assert.Equal(["One", "Two"], engine.DependenciesOf("All"));
    }

    [Fact]
    public async Task Independent_pipelines_run_side_by_side()
    {
        var log = new ExecutionLog();
        using var group = new CountdownEvent(2);
        var graph = new PipelineGraph();
        graph.Add("Left", new GateModule(log, "left", group)).Publish();
        graph.Add("Right", new GateModule(log, "right", group)).Publish();

        await graph.Build().RunAsync(TestContexts.Create(maxParallelism: 2).Context);

        Assert.Equal(["left met the others", "right met the others"], log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_engine_runs_again_with_a_new_context_and_gives_new_outputs()
    {
        var log = new ExecutionLog();
        var graph = new PipelineGraph();
        var only = graph.Add("Only", new NamedModule(log, "only")).Publish();
        var engine = graph.Build();

        var first = await engine.RunAsync(TestContexts.Create().Context);
        var second = await engine.RunAsync(TestContexts.Create().Context);

        Assert.Equal(["only", "only"], log.Entries);
        Assert.NotSame(first, second);
        Assert.Equal("only", second.Get(only));
    }

    private sealed class SneakyRead(Output<string> undeclared) : PipelineModule<string, string>
    {
        public override ValueTask<string> ExecuteAsync(string input, BuildContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(input + context.Read(undeclared));
    }

    private sealed class JoinGroup(OutputGroup<string> group) : PipelineModule<NoInput, string>(group)
    {
        public override ValueTask<string> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(string.Join(',', context.Read(group)));
    }
}
