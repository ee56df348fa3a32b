using Markdig;
using StatiqGuides.Modules.Build;

namespace HostedSite;

/// <summary>Everything this site adds to the default one, in one place: tests build the sample with it too.</summary>
public static class HostedSiteSetup
{
    public static SiteSetup Create() => new SiteSetup()
        // [[Ctrl+S]] in Markdown becomes <kbd>Ctrl</kbd>+<kbd>S</kbd>.
        .ConfigureMarkdown(markdown => markdown.Use<KeyboardKeysExtension>())
        // {{ page.content | reading_minutes }} in the theme's page-meta partial (theme/partials/page-meta.liquid).
        .ConfigureTemplates(liquid => liquid.AddFilter("reading_minutes", ReadingTime.Filter))
        // humans.txt: who wrote the site, written with the other site files and checked like them.
        .ConfigurePipelines(site => site.Graph.AddTo(site.SiteFiles, site.Graph.Add("Humans", new WriteHumansTxt(site.Catalog)).Publish()));
}
