using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Output;

/// <summary>Lists the files copied as they are: the theme's assets, input/assets/, and any other input file
/// that a page links to.</summary>
/// <remarks>Input is untrusted, so an input file is published only when it is inside the input folder (links resolved,
/// SG0008), has a name every file system and browser reads the same way (SG0214), is not a document that can run script
/// (SG0310), and takes no theme file's place (SG0602): the theme's scripts and styles are the theme's.</remarks>
public sealed class CollectAssets(Output<Theme> loadedTheme, Output<IReadOnlyList<RenderedContent>> markdown)
    : PipelineModule<NoInput, IReadOnlyList<OutputFile>>(loadedTheme, markdown)
{
    public override ValueTask<IReadOnlyList<OutputFile>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var theme = context.Read(loadedTheme);
        var options = context.Options;
        var files = new SortedDictionary<string, OutputFile>(StringComparer.Ordinal);
        var themeFiles = new Dictionary<string, ThemeAsset>(StringComparer.OrdinalIgnoreCase);
        foreach (var asset in theme.Assets)
        {
            files[asset.OutputPath] = asset.ToOutput();
            themeFiles[asset.OutputPath] = asset;
            themeFiles.TryAdd(asset.LogicalPath, asset);
        }
        var containment = Containment.For(options);
        var inputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var inputAssets = Path.Combine(options.InputDirectory, "assets");
        if (SourceRoots.Allowed(options.InputDirectory, options) && Directory.Exists(inputAssets))
        {
            foreach (var path in InputFiles.Under(inputAssets, "*", containment, link => ReportOutside(link, context)))
            {
                inputs[path] = Path.GetRelativePath(options.InputDirectory, path).Replace('\\', '/');
            }
        }
        foreach (var (source, output) in context.Read(markdown).SelectMany(r => r.AssetFiles))
        {
            inputs.TryAdd(source, output);
        }
        foreach (var (source, output) in inputs)
        {
            if (Publishable(source, output, themeFiles, containment, context) is { } real) files.TryAdd(output, OutputFile.Copy(output, real));
        }
        return ValueTask.FromResult<IReadOnlyList<OutputFile>>([.. files.Values]);
    }

    /// <returns>The real path to copy from, or null when the file is not published (reported).</returns>
    private static string? Publishable(string source, string output, Dictionary<string, ThemeAsset> themeFiles, Containment containment, BuildContext context)
    {
        var display = SourceLocation.StartOf(context.Options.DisplayPath(source));
        if (containment.Resolve(source) is not { } real || !Containment.IsInside(real, containment.Resolve(context.Options.InputDirectory) ?? ""))
        {
            ReportOutside(source, context);
            return null;
        }
        if (output.Split('/').FirstOrDefault(s => !Identifiers.IsValidAssetSegment(s)) is { } badName)
        {
            context.Diagnostics.Report(DiagnosticCodes.InvalidAssetName, display, badName);
            return null;
        }
        if (ThemeFileAt(output, themeFiles) is { } themeFile)
        {
            context.Diagnostics.Report(DiagnosticCodes.DestinationConflict, display, output,
                $"the theme's {themeFile.DisplayPath}, which input files cannot replace");
            return null;
        }
        if (AssetDocuments.Problem(real) is { } problem)
        {
            context.Diagnostics.Report(DiagnosticCodes.UnsafeAssetDocument, display, context.Options.DisplayPath(source), problem);
            return null;
        }
        return real;
    }

    /// <summary>The theme file an output path would replace: its own path, its fingerprinted path, or another fingerprint
    /// of it (<c>assets/js/site.0badf00d.js</c>), which caches keep for a year.</summary>
    private static ThemeAsset? ThemeFileAt(string output, Dictionary<string, ThemeAsset> themeFiles)
    {
        if (themeFiles.TryGetValue(output, out var exact)) return exact;
        var slash = output.LastIndexOf('/');
        var lastDot = output.LastIndexOf('.');
        var hashDot = lastDot > slash ? output.LastIndexOf('.', lastDot - 1) : -1;
        if (hashDot <= slash || lastDot - hashDot - 1 != AssetFingerprint.HashLength) return null;
        var unhashed = output[..hashDot] + output[lastDot..];
        return themeFiles.GetValueOrDefault(unhashed);
    }

    private static void ReportOutside(string link, BuildContext context) =>
        context.Diagnostics.Report(DiagnosticCodes.LinkOutsideRoots, SourceLocation.StartOf(context.Options.DisplayPath(link)), context.Options.DisplayPath(link));
}
