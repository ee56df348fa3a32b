using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Pages;

namespace StatiqGuides.Modules.Output;

/// <summary>Produces the site-wide files of SPEC §2: sitemap.xml (with every page's language alternates), robots.txt, _redirects, xrefmap.json and each language's feed.</summary>
public sealed class WriteSiteFiles(string catalogPipeline, string pagesPipeline) : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        var catalog = context.SharedOf<SiteCatalog>(catalogPipeline);
        var urls = new SiteUrls(catalog.Settings.BaseUrl, LinkStyle.Server);
        var pages = context.OutputOf(pagesPipeline).Select(d => d.ContentAs<ComposedPage>()).ToList();
        var feeds = catalog.Settings.Languages.Where(context.Options.Carries)
            .Select(l => OutputFile.FromText(SitePaths.Feed(l), AtomFeed.Write(catalog, urls, l)));
        // A bundle read from disk has no use for what only a web server or a crawler reads.
        if (context.Options.Offline is not null)
        {
            return ValueTask.FromResult<IReadOnlyList<Document>>([.. feeds.Select(f => new Document(f.Path, f, f.Path))]);
        }
        List<OutputFile> files =
        [
            OutputFile.FromText("sitemap.xml", Sitemap.Write(pages, urls)),
            OutputFile.FromText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("sitemap.xml")}\n"),
            OutputFile.FromText("_redirects", Redirects.Write(catalog, urls)),
            OutputFile.FromText("xrefmap.json", XrefMap.Write(catalog, urls)),
            .. feeds,
        ];
        return ValueTask.FromResult<IReadOnlyList<Document>>([.. files.Select(f => new Document(f.Path, f, f.Path))]);
    }
}
