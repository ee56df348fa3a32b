using Markdig;
using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Build;

namespace HostedSite;

/// <summary>Everything this site adds to the default one, in one place: tests build the sample with it too.</summary>
public static class HostedSiteSetup
{
    /// <summary>Toolkits: practical kits (templates, checklists) in input/toolkits/, at /&lt;lang&gt;/toolkits/&lt;slug&gt;/,
    /// listed at /&lt;lang&gt;/toolkits/ and found by search, with two keys of their own.</summary>
    public static ContentKind Toolkits { get; } = new ContentKindBuilder("toolkit", "toolkits")
        .WithLayout("toolkit")
        .Listed("toolkits.title")
        .AddField(FieldSpec.Text("audience", "Who the toolkit is for.", required: true))
        .AddField(FieldSpec.Strings("tools", "What the kit holds."))
        .Build();

    public static SiteSetup Create() => new SiteSetup()
        .AddContentKind(Toolkits)
        // [[Ctrl+S]] in Markdown becomes <kbd>Ctrl</kbd>+<kbd>S</kbd>.
        .ConfigureMarkdown(markdown => markdown.Use<KeyboardKeysExtension>())
        // {{ page.content | reading_minutes }} in the theme's page-meta partial (theme/partials/page-meta.liquid).
        .ConfigureTemplates(liquid => liquid.AddFilter("reading_minutes", ReadingTime.Filter))
        // humans.txt: who wrote the site, written with the other site files and checked like them.
        .ConfigurePipelines(site => site.Graph.AddTo(site.SiteFiles, site.Graph.Add("Humans", new WriteHumansTxt(site.Catalog)).Publish()));
}
