using System.Collections.Concurrent;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Tests.Testing;

/// <summary>Records which module ran and in what order; shared by the modules of one test.</summary>
public sealed class ExecutionLog
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public void Add(string entry) => _entries.Enqueue(entry);
}

/// <summary>Logs its name and gives its name followed by the values of the outputs it reads, joined by '+'.</summary>
public sealed class NamedModule(ExecutionLog log, string name, params Output<string>[] reads) : PipelineModule<NoInput, string>(reads)
{
    public override ValueTask<string> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        log.Add(name);
        return ValueTask.FromResult(string.Join('+', reads.Select(r => context.Read(r)).Prepend(name)));
    }
}

/// <summary>Gives a fixed list: a member of a group.</summary>
public sealed class ListModule(params string[] items) : PipelineModule<NoInput, IReadOnlyList<string>>
{
    public override ValueTask<IReadOnlyList<string>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<string>>(items);
}

/// <summary>Appends a suffix to the value before it.</summary>
public sealed class SuffixModule(ExecutionLog log, string suffix) : PipelineModule<string, string>
{
    public override ValueTask<string> ExecuteAsync(string input, BuildContext context, CancellationToken cancellationToken)
    {
        log.Add(suffix);
        return ValueTask.FromResult(input + suffix);
    }
}

/// <summary>Appends '+' and the value of the output it reads to the value before it: a later step that reads what the
/// pipeline's first does not.</summary>
public sealed class ReadingSuffixModule(ExecutionLog log, Output<string> read) : PipelineModule<string, string>(read)
{
    public override ValueTask<string> ExecuteAsync(string input, BuildContext context, CancellationToken cancellationToken)
    {
        log.Add("+" + read.Name);
        return ValueTask.FromResult(input + "+" + context.Read(read));
    }
}

/// <summary>Reads an output it does not declare: what the context must refuse.</summary>
public sealed class SneakyModule(Output<string> undeclared) : PipelineModule<NoInput, string>
{
    public override ValueTask<string> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Read(undeclared));
}

/// <summary>Waits until every other gate of the same group has been reached, or fails after a timeout: two pipelines
/// that both pass their gate ran at the same time.</summary>
public sealed class GateModule(ExecutionLog log, string name, CountdownEvent group) : PipelineModule<NoInput, string>
{
    public override ValueTask<string> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        group.Signal();
        var together = group.Wait(TimeSpan.FromSeconds(10), cancellationToken);
        log.Add(together ? $"{name} met the others" : $"{name} waited alone");
        return ValueTask.FromResult(name);
    }
}

/// <summary>A build context with a fresh diagnostic bag, for engine tests that need no files.</summary>
public static class TestContexts
{
    public static (BuildContext Context, DiagnosticBag Diagnostics) Create(int maxParallelism = 8)
    {
        var diagnostics = new DiagnosticBag();
        var folder = Path.GetTempPath();
        var options = new BuildOptions(folder, folder, folder, folder) { MaxParallelism = maxParallelism };
        return (new BuildContext(options, diagnostics), diagnostics);
    }
}

/// <summary>Waits for <paramref name="release"/> before giving its value: a pipeline still running while others have published.</summary>
public sealed class HeldModule(Task release, string value, params Output<string>[] reads) : PipelineModule<NoInput, string>(reads)
{
    public override async ValueTask<string> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        await release.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        return value;
    }
}
