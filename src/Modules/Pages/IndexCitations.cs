using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Pages;

/// <summary>Builds the <see cref="CitationMap"/> from the guides' front matter and their default-language renderings:
/// citations follow the source.</summary>
public sealed class IndexCitations(Output<SiteCatalog> catalog, Output<IReadOnlyList<RenderedContent>> markdown)
    : PipelineModule<NoInput, CitationMap>(catalog, markdown)
{
    public override ValueTask<CitationMap> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Read(catalog);
        var sources = context.Read(markdown).Where(r => r.Language == site.Settings.DefaultLanguage)
            .ToDictionary(r => r.Item.Uid, StringComparer.Ordinal);
        var map = site.Guides.ToDictionary(g => g.Uid,
            g => (IReadOnlyList<string>)[.. CitationIndex.CitedBy(g, sources.GetValueOrDefault(g.Uid), site)], StringComparer.Ordinal);
        return ValueTask.FromResult(new CitationMap(map));
    }
}
