using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Output;

/// <summary>Gathers every file of the site's files group in ordinal path order, and reports a path that two files
/// would be written to (SG0602). Both <c>build</c> and <c>check</c> run it, so check finds every conflict build would.</summary>
public sealed class CheckDestinations(OutputGroup<OutputFile> siteFiles) : PipelineModule<NoInput, IReadOnlyList<OutputFile>>(siteFiles)
{
    public override ValueTask<IReadOnlyList<OutputFile>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var files = new SortedDictionary<string, OutputFile>(StringComparer.Ordinal);
        // Compared as a case-insensitive file system (and an unzip tool) sees them: two paths that differ only in case or
        // in Unicode normalisation are one file there.
        var normalised = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in context.Read(siteFiles))
        {
            if (!normalised.Add(Normalise(file.Path)) || !files.TryAdd(file.Path, file))
            {
                context.Diagnostics.Report(DiagnosticCodes.DestinationConflict,
                    SourceLocation.StartOf(file.CopyFrom is { } copied ? context.Options.DisplayPath(copied) : file.Path), file.Path, "another file");
            }
        }
        return ValueTask.FromResult<IReadOnlyList<OutputFile>>([.. files.Values]);
    }

    private static string Normalise(string path) =>
        path.Normalize(System.Text.NormalizationForm.FormKC).ToUpperInvariant();
}
