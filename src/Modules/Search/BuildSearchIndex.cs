using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Search;

/// <summary>Writes each language's search index (<c>&lt;lang&gt;/search/search-index.js</c> and its shards, see
/// <see cref="SearchIndexWriter"/>) from the pages' entries. A write build stages the files as they are made.</summary>
public sealed class BuildSearchIndex(Output<SiteCatalog> catalog) : PipelineModule<IReadOnlyList<IndexedPage>, IReadOnlyList<OutputFile>>(catalog)
{
    public override ValueTask<IReadOnlyList<OutputFile>> ExecuteAsync(IReadOnlyList<IndexedPage> input, BuildContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var languages = context.Read(catalog).Settings.Languages.Where(context.Options.Carries).ToList();
        var files = new OutputFile[languages.Count][];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = context.MaxParallelism };
        // One index per language, written side by side: merging every page's postings is the costly part left.
        Parallel.For(0, languages.Count, options, l =>
        {
            var language = languages[l];
            var folder = SitePaths.SearchFolder(language);
            files[l] = [.. SearchIndexWriter.Write(language, [.. input.Where(e => e.Language == language).Select(e => e.Entry)])
                .Select(file => context.Stage(OutputFile.FromText(folder + file.Key, file.Value)))];
        });
        return ValueTask.FromResult<IReadOnlyList<OutputFile>>([.. files.SelectMany(f => f)]);
    }
}
