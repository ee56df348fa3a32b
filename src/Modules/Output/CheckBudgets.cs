using System.Text;
using System.Text.RegularExpressions;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Output;

/// <summary>Holds every page to its weight budget (<see cref="PageBudget"/>): warns for a page whose HTML, CSS and
/// JavaScript exceed 100 KB (SG0810) or whose JavaScript exceeds 30 KB (SG0811), an image over 500 KB (SG0812), and a
/// file of input/assets/ that no page uses (SG0813), which an offline build leaves out.</summary>
/// <remarks>A language's search index is a script only the search page loads, and it grows with the site: it is data,
/// and is not counted. Only the all-languages builds report unused assets: in a one-language bundle an asset another
/// language uses is left out without a word.</remarks>
public sealed partial class CheckBudgets(OutputGroup<PageReferences> references)
    : PipelineModule<IReadOnlyList<OutputFile>, IReadOnlyList<OutputFile>>(references)
{
    public override ValueTask<IReadOnlyList<OutputFile>> ExecuteAsync(
        IReadOnlyList<OutputFile> input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var files = input.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long SizeOf(OutputFile file) => sizes.TryGetValue(file.Path, out var size) ? size
            : sizes[file.Path] = file.Staged is { } staged ? staged.Bytes
                : file.Text is { } text ? Encoding.UTF8.GetByteCount(text)
                : file.Bytes is { } bytes ? bytes.Length
                : file.CopyFrom is { } source && File.Exists(source) ? new FileInfo(source).Length : 0;
        var used = new HashSet<string>(StringComparer.Ordinal);
        // Diagnostics name an input file: the page (named in the message) is the site's, whose settings are site.yml.
        var at = SourceLocation.StartOf(context.Options.DisplayPath(Path.Combine(context.Options.InputDirectory, "site.yml")));
        foreach (var page in GatheredPages(input, context.Read(references)))
        {
            long css = 0, js = 0;
            foreach (var reference in page.References)
            {
                used.Add(reference.Target);
                if (!files.TryGetValue(reference.Target, out var file)) continue;
                if (reference.Tag == "script" && !reference.Target.EndsWith("/search-index.js", StringComparison.Ordinal)) js += SizeOf(file);
                else if (reference.Tag == "link" && reference.Target.EndsWith(".css", StringComparison.Ordinal)) css += SizeOf(file);
            }
            var total = page.Bytes + css + js;
            // A section's printable pages gather many guides by design (see ListingPageViews.GuidesPerPrintPart), and
            // the translation status page lists every item in every language for translators: the budget is for the
            // pages a reader opens to read.
            if (total > PageBudget.PageBytes && !PrintPage().IsMatch(page.Path) && page.Path != SitePaths.TranslationStatus) context.Diagnostics.Report(DiagnosticCodes.PageOverBudget, at, page.Path, Kilobytes(total), PageBudget.PageBytes / 1024);
            if (js > PageBudget.ScriptBytes) context.Diagnostics.Report(DiagnosticCodes.ScriptOverBudget, at, page.Path, Kilobytes(js), PageBudget.ScriptBytes / 1024);
        }
        var inputAssets = Path.Combine(context.Options.InputDirectory, "assets") + Path.DirectorySeparatorChar;
        var reportsUnused = context.Options.Offline is null || context.Options.Offline.Languages.Count == 0;
        var unused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Values.Where(f => f.CopyFrom is { } source && source.StartsWith(inputAssets, StringComparison.Ordinal)))
        {
            var fileAt = SourceLocation.StartOf(context.Options.DisplayPath(file.CopyFrom!));
            if (PageBudget.ImageExtensions.Contains(Path.GetExtension(file.Path)) && SizeOf(file) > PageBudget.ImageBytes)
            {
                context.Diagnostics.Report(DiagnosticCodes.ImageOverBudget, fileAt, Kilobytes(SizeOf(file)), PageBudget.ImageBytes / 1024);
            }
            if (used.Contains(file.Path)) continue;
            unused.Add(file.Path);
            if (reportsUnused) context.Diagnostics.Report(DiagnosticCodes.UnusedAsset, fileAt);
        }
        if (context.Options.Offline is null || unused.Count == 0) return ValueTask.FromResult(input);
        return ValueTask.FromResult<IReadOnlyList<OutputFile>>([.. input.Where(f => !unused.Contains(f.Path))]);
    }

    /// <summary>The references of each gathered page, in path order: of a path two files would be written to, only the
    /// first file's, the one <see cref="CheckDestinations"/> keeps (the group is read in the order it gathers).</summary>
    private static IEnumerable<PageReferences> GatheredPages(IReadOnlyList<OutputFile> gathered, IReadOnlyList<PageReferences> references)
    {
        var byPath = new Dictionary<string, PageReferences>(references.Count, StringComparer.Ordinal);
        foreach (var page in references) byPath.TryAdd(page.Path, page);
        foreach (var file in gathered)
        {
            if (byPath.TryGetValue(file.Path, out var page) && page.IsPage) yield return page;
        }
    }

    private static long Kilobytes(long bytes) => (bytes + 1023) / 1024;

    [GeneratedRegex(@"/guides/[^/]+/print(-[0-9]+)?/index\.html$", RegexOptions.CultureInvariant)]
    private static partial Regex PrintPage();
}
