using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Pages;

namespace StatiqGuides.Modules.Output;

/// <summary>Produces the site-wide files of SPEC §2: sitemap.xml (with every page's language alternates), robots.txt, _redirects and a redirect page per alias, xrefmap.json and each language's feed.</summary>
public sealed class WriteSiteFiles(Output<SiteCatalog> site, Output<IReadOnlyList<ComposedPage>> composed, Output<Templates.Theme> theme)
    : PipelineModule<NoInput, IReadOnlyList<OutputFile>>(site, composed, theme)
{
    public override ValueTask<IReadOnlyList<OutputFile>> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var catalog = context.Read(site);
        var urls = new SiteUrls(catalog.Settings.BaseUrl, LinkStyle.Server);
        var pages = context.Read(composed);
        // Each file goes to the staging folder as it is written: the sitemap alone is megabytes on a large site.
        OutputFile Text(string path, Func<string> write) => context.Stage(OutputFile.FromText(path, write()));
        var strings = context.Read(theme).Strings;
        var aliases = AliasPages.Write(catalog, SiteUrls.For(context.Options, catalog.Settings), urls, strings).Select(context.Stage).ToList();
        var feeds = catalog.Settings.Languages.Where(context.Options.Carries).Select(l => Text(SitePaths.Feed(l), () => AtomFeed.Write(catalog, urls, l)));
        // A bundle read from disk has no use for what only a web server or a crawler reads.
        if (context.Options.Offline is not null)
        {
            return ValueTask.FromResult<IReadOnlyList<OutputFile>>([.. feeds.Concat(aliases)]);
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
        return ValueTask.FromResult<IReadOnlyList<OutputFile>>(files);
    }
}
