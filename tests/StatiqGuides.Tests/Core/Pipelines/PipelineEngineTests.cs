using StatiqGuides.Core.Pipelines;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Core.Pipelines;

public sealed class PipelineEngineTests
{
    [Fact]
    public async Task A_pipeline_runs_after_its_dependencies_and_sees_their_outputs()
    {
        var log = new ExecutionLog();
        // Declared in reverse order on purpose: the engine orders them, not the list.
        var engine = new PipelineEngine(
        [
            new PipelineBuilder("render").DependsOn("parse").Add(new RecordingModule(log, "render", "parse")).Build(),
            new PipelineBuilder("parse").DependsOn("read").Add(new RecordingModule(log, "parse", "read")).Build(),
            new PipelineBuilder("read").Add(new SeedModule(new Document("a.md", "A"), new Document("b.md", "B")))
                .Add(new RecordingModule(log, "read")).Build(),
        ]);
        var (context, diagnostics) = TestContexts.Create();

        await engine.RunAsync(context);

        Assert.Equal(["read", "parse", "render"], engine.ExecutionOrder);
        Assert.Equal(["read", "parse", "render"], log.Entries);
        Assert.Equal(["a.md", "b.md", "read"], context.OutputOf("read").Select(d => d.Key));
        Assert.Equal(["a.md", "b.md", "read"], context.OutputOf("parse").Single().ContentAs<List<string>>());
        Assert.Equal(["parse"], context.OutputOf("render").Single().ContentAs<List<string>>());
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public async Task Modules_of_one_pipeline_run_in_sequence_each_receiving_the_previous_output()
    {
        var log = new ExecutionLog();
        var engine = new PipelineEngine(
        [
            new PipelineBuilder("only").Add(new SeedModule(new Document("seed", "seed")))
                .Add(new RecordingModule(log, "first")).Add(new RecordingModule(log, "second")).Build(),
        ]);
        var (context, diagnostics) = TestContexts.Create();

        await engine.RunAsync(context);

        Assert.Equal(["first", "second"], log.Entries);
        Assert.Equal(["seed", "first", "second"], context.OutputOf("only").Select(d => d.Key));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_cycle_is_rejected_at_construction_before_any_module_runs()
    {
        var log = new ExecutionLog();
        Pipeline[] pipelines =
        [
            new PipelineBuilder("start").Add(new RecordingModule(log, "start")).Build(),
            new PipelineBuilder("a").DependsOn("start", "c").Add(new RecordingModule(log, "a")).Build(),
            new PipelineBuilder("b").DependsOn("a").Add(new RecordingModule(log, "b")).Build(),
            new PipelineBuilder("c").DependsOn("b").Add(new RecordingModule(log, "c")).Build(),
        ];

        var exception = Assert.Throws<PipelineGraphException>(() => new PipelineEngine(pipelines));

        Assert.Equal("Pipelines form a cycle: a -> c -> b -> a.", exception.Message);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public void A_pipeline_depending_on_itself_is_a_cycle()
    {
        var log = new ExecutionLog();

        var exception = Assert.Throws<PipelineGraphException>(() => new PipelineEngine(
            [new PipelineBuilder("self").DependsOn("self").Add(new RecordingModule(log, "self")).Build()]));

        Assert.Equal("Pipelines form a cycle: self -> self.", exception.Message);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public void An_unknown_dependency_is_rejected_at_construction()
    {
        var log = new ExecutionLog();

        var exception = Assert.Throws<PipelineGraphException>(() => new PipelineEngine(
        [
            new PipelineBuilder("known").Add(new RecordingModule(log, "known")).Build(),
            new PipelineBuilder("render").DependsOn("known", "missing").Add(new RecordingModule(log, "render")).Build(),
        ]));

        Assert.Equal("Pipeline 'render' depends on unknown pipeline 'missing'.", exception.Message);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public void Two_pipelines_with_the_same_name_are_rejected()
    {
        var log = new ExecutionLog();

        var exception = Assert.Throws<PipelineGraphException>(() => new PipelineEngine(
        [
            new PipelineBuilder("twice").Add(new RecordingModule(log, "first")).Build(),
            new PipelineBuilder("twice").Add(new RecordingModule(log, "second")).Build(),
        ]));

        Assert.Equal("Two pipelines are named 'twice'.", exception.Message);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public async Task Independent_pipelines_both_run_and_run_side_by_side()
    {
        var log = new ExecutionLog();
        using var gate = new CountdownEvent(2);
        var engine = new PipelineEngine(
        [
            new PipelineBuilder("settings").Add(new RecordingModule(log, "settings")).Build(),
            new PipelineBuilder("theme").DependsOn("settings").Add(new GateModule(log, "theme", gate)).Build(),
            new PipelineBuilder("content").DependsOn("settings").Add(new GateModule(log, "content", gate)).Build(),
            new PipelineBuilder("pages").DependsOn("theme", "content").Add(new RecordingModule(log, "pages", "theme", "content")).Build(),
        ]);
        var (context, diagnostics) = TestContexts.Create();

        await engine.RunAsync(context);

        Assert.Equal("settings", log.Entries[0]);
        Assert.Equal(["content met the others", "theme met the others"], log.Entries.Skip(1).Take(2).Order(StringComparer.Ordinal));
        Assert.Equal("pages", log.Entries[3]);
        Assert.Equal(["theme", "content"], context.OutputOf("pages").Single().ContentAs<List<string>>());
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public async Task An_engine_runs_again_with_a_new_context()
    {
        var log = new ExecutionLog();
        var engine = new PipelineEngine([new PipelineBuilder("only").Add(new RecordingModule(log, "only")).Build()]);
        var (first, firstDiagnostics) = TestContexts.Create();
        var (second, secondDiagnostics) = TestContexts.Create();

        await engine.RunAsync(first);
        await engine.RunAsync(second);

        Assert.Equal(["only", "only"], log.Entries);
        Assert.Equal(["only"], second.OutputOf("only").Select(d => d.Key));
        Assert.Empty(firstDiagnostics.ToSortedList());
        Assert.Empty(secondDiagnostics.ToSortedList());
    }

    [Fact]
    public void Reading_a_pipeline_that_has_not_run_is_a_programming_error()
    {
        var (context, diagnostics) = TestContexts.Create();

        var exception = Assert.Throws<InvalidOperationException>(() => context.OutputOf("later"));

        Assert.Equal("Pipeline 'later' has not run: declare it as a dependency.", exception.Message);
        Assert.Empty(diagnostics.ToSortedList());
    }
}
