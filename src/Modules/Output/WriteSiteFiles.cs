using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Pages;
using StatiqGuides.Modules.Sources;

namespace StatiqGuides.Modules.Output;

/// <summary>Produces the site-wide files of SPEC §2: sitemap.xml (with every page's language alternates), robots.txt, _redirects and a redirect page per alias, xrefmap.json and each language's feed.</summary>
/// <remarks>In a build session these files, which show only front matter, are kept while the content's shape is the same.</remarks>
public sealed class WriteSiteFiles(string catalogPipeline, string pagesPipeline, string? fingerprintPipeline = null, string? themePipeline = null) : IModule
{
    public const string CacheScope = "site-files";

    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var catalog = context.SharedOf<SiteCatalog>(catalogPipeline);
        var urls = new SiteUrls(catalog.Settings.BaseUrl, LinkStyle.Server);
        var pages = context.OutputOf(pagesPipeline).Select(d => d.ContentAs<ComposedPage>()).ToList();
        var shape = fingerprintPipeline is null || context.Cache is null ? null : context.SharedOf<ContentFingerprint>(fingerprintPipeline).Shape;
        OutputFile Text(string path, Func<string> write) => shape is null
            ? OutputFile.FromText(path, write())
            : context.Memo(CacheScope, $"{path}|{shape}", _ => OutputFile.FromText(path, write()));
        var strings = themePipeline is null ? null : context.SharedOf<Templates.Theme>(themePipeline).Strings;
        var aliases = AliasPages.Write(catalog, SiteUrls.For(context.Options, catalog.Settings), urls, strings).ToList();
        var feeds = catalog.Settings.Languages.Where(context.Options.Carries).Select(l => Text(SitePaths.Feed(l), () => AtomFeed.Write(catalog, urls, l)));
        // A bundle read from disk has no use for what only a web server or a crawler reads.
        if (context.Options.Offline is not null)
        {
            return ValueTask.FromResult<IReadOnlyList<Document>>([.. feeds.Concat(aliases).Select(f => new Document(f.Path, f, f.Path))]);
        }
        List<OutputFile> files =
        [
            Text("sitemap.xml", () => Sitemap.Write(pages, urls)),
            Text("robots.txt", () => $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("sitemap.xml")}\n"),
            Text("_redirects", () => Redirects.Write(catalog, urls)),
            Text("xrefmap.json", () => XrefMap.Write(catalog, urls)),
            .. feeds,
            .. aliases,
        ];
        return ValueTask.FromResult<IReadOnlyList<Document>>([.. files.Select(f => new Document(f.Path, f, f.Path))]);
    }
}
