using System.Collections.Concurrent;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Tests.Testing;

/// <summary>Records which pipeline's module ran and in what order; shared by the modules of one test.</summary>
public sealed class ExecutionLog
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public void Add(string entry) => _entries.Enqueue(entry);
}

/// <summary>Logs its name, then returns its input plus one document per name, each holding the keys of every document
/// the dependencies named in <paramref name="reads"/> published, so a test sees what the module could see.</summary>
public sealed class RecordingModule(ExecutionLog log, string name, params string[] reads) : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        log.Add(name);
        var seen = reads.SelectMany(r => context.OutputOf(r).Select(d => d.Key)).ToList();
        return ValueTask.FromResult<IReadOnlyList<Document>>([.. documents, new Document(name, seen)]);
    }
}

/// <summary>Waits until every other gate of the same group has been reached, or fails after a timeout: two pipelines
/// that both pass their gate ran at the same time.</summary>
public sealed class GateModule(ExecutionLog log, string name, CountdownEvent group) : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        group.Signal();
        var together = group.Wait(TimeSpan.FromSeconds(10), cancellationToken);
        log.Add(together ? $"{name} met the others" : $"{name} waited alone");
        return ValueTask.FromResult<IReadOnlyList<Document>>([new Document(name, name)]);
    }
}

/// <summary>Emits the documents given, as a pipeline's first module.</summary>
public sealed class SeedModule(params Document[] seed) : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Document>>(seed);
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
