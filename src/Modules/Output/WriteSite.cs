using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Output;

/// <summary>Writes every output file of the given pipelines, atomically: into a fresh folder beside the output,
/// which replaces the output only when the build has no error. A failed build leaves the last good site intact.</summary>
public sealed class WriteSite(params string[] sourcePipelines) : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        var files = new SortedDictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (var file in sourcePipelines.SelectMany(context.OutputOf).Select(d => d.ContentAs<OutputFile>()))
        {
            if (!files.TryAdd(file.Path, file))
            {
                context.Diagnostics.Report(DiagnosticCodes.DestinationConflict,
                    SourceLocation.StartOf(file.CopyFrom is { } copied ? context.Options.DisplayPath(copied) : file.Path), file.Path, "another file");
            }
        }
        if (context.Diagnostics.HasErrors)
        {
            return ValueTask.FromResult<IReadOnlyList<Document>>([]);
        }
        try
        {
            AtomicFolder.Replace(context.Options.OutputDirectory, staging => WriteAll(staging, files.Values, context, cancellationToken));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Report(DiagnosticCodes.OutputWriteFailed,
                SourceLocation.StartOf(context.Options.DisplayPath(context.Options.OutputDirectory)), exception.Message);
            return ValueTask.FromResult<IReadOnlyList<Document>>([]);
        }
        return ValueTask.FromResult<IReadOnlyList<Document>>([.. files.Values.Select(f => new Document(f.Path, f, f.Path))]);
    }

    private static void WriteAll(string root, IEnumerable<OutputFile> files, BuildContext context, CancellationToken cancellationToken)
    {
        var list = files.ToList();
        foreach (var folder in list.Select(f => Path.GetDirectoryName(Path.Combine(root, f.Path))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = context.MaxParallelism };
        Parallel.ForEach(list, options, file =>
        {
            var target = Path.Combine(root, file.Path);
            if (file.CopyFrom is { } source)
            {
                File.Copy(source, target, overwrite: true);
            }
            else
            {
                File.WriteAllText(target, file.Text, Utf8NoBom);
            }
        });
    }

    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(false);
}
