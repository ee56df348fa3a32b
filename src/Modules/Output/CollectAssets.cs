using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Output;

/// <summary>Lists the files copied as they are: the theme's assets, input/assets/, and any other input file
/// that a page links to.</summary>
public sealed class CollectAssets(string themePipeline, string markdownPipeline) : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        var theme = context.SharedOf<Theme>(themePipeline);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in theme.Assets)
        {
            files[asset.OutputPath] = asset.FullPath;
        }
        var inputAssets = Path.Combine(context.Options.InputDirectory, "assets");
        if (Directory.Exists(inputAssets))
        {
            foreach (var path in InputFiles.Under(inputAssets))
            {
                files[Path.GetRelativePath(context.Options.InputDirectory, path).Replace('\\', '/')] = path;
            }
        }
        foreach (var (source, output) in context.OutputOf(markdownPipeline).SelectMany(d => d.ContentAs<RenderedContent>().AssetFiles))
        {
            files[output] = source;
        }
        return ValueTask.FromResult<IReadOnlyList<Document>>(
            [.. files.Select(f => new Document(f.Key, OutputFile.Copy(f.Key, f.Value), f.Key))]);
    }
}
