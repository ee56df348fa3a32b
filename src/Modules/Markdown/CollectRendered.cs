using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Joins the rendered files into one list of pages, by language (the site's order), then item (the catalog's).</summary>
public sealed class CollectRendered(Output<SiteCatalog> catalog) : PipelineModule<IReadOnlyList<RenderedFile>, IReadOnlyList<RenderedContent>>(catalog)
{
    public override ValueTask<IReadOnlyList<RenderedContent>> ExecuteAsync(IReadOnlyList<RenderedFile> input, BuildContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Read(catalog);
        var languages = site.Settings.Languages.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var items = site.Items.Select((item, i) => (item.Uid, i)).ToDictionary(p => p.Uid, p => p.i, StringComparer.Ordinal);
        return ValueTask.FromResult<IReadOnlyList<RenderedContent>>([.. input.SelectMany(f => f.Pages)
            .OrderBy(p => languages[p.Language]).ThenBy(p => items[p.Localized.Source.Uid])]);
    }
}
