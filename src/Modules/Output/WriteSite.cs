using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Output;

/// <summary>Writes the output files it is given (from <see cref="CheckDestinations"/>), atomically: into a fresh folder
/// beside the output, which replaces the output only when the build has no error. A failed build leaves the last good
/// site intact.</summary>
public sealed class WriteSite : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Diagnostics.HasErrors)
        {
            return ValueTask.FromResult<IReadOnlyList<Document>>([]);
        }
        var files = documents.Select(d => d.ContentAs<OutputFile>()).ToList();
        try
        {
            AtomicFolder.Replace(context.Options.OutputDirectory, staging => WriteAll(staging, files, context, cancellationToken));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Report(DiagnosticCodes.OutputWriteFailed,
                SourceLocation.StartOf(context.Options.DisplayPath(context.Options.OutputDirectory)), exception.Message);
            return ValueTask.FromResult<IReadOnlyList<Document>>([]);
        }
        return ValueTask.FromResult(documents);
    }

    private static void WriteAll(string root, IReadOnlyList<OutputFile> list, BuildContext context, CancellationToken cancellationToken)
    {
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
