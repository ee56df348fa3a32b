using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Build;

/// <summary>What one run of a site build produced, read by the handles of its <see cref="SiteBuild"/>.</summary>
public sealed record SiteOutputs(PipelineOutputs Outputs, SiteBuild Site)
{
    public SiteCatalog Catalog => Outputs.Get(Site.Catalog);

    public Theme Theme => Outputs.Get(Site.Theme);

    public IReadOnlyList<RenderedContent> Markdown => Outputs.Get(Site.Markdown);

    /// <summary>Every page's HTML file, the section print pages included.</summary>
    public IReadOnlyList<OutputFile> PageFiles => Outputs.Get(Site.PageFiles);

    /// <summary>Every file of the site, as the output step gathers them.</summary>
    public IReadOnlyList<OutputFile> SiteFiles => Outputs.Get(Site.SiteFiles);
}
