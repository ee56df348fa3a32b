using Markdig;
using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Markdown;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Build;

/// <summary>What a host program changes in the default site: content kinds, Markdown extensions, Liquid filters and
/// tags, and the pipeline graph (add or replace a pipeline or a module). Collected here, applied when the site is frozen.</summary>
/// <remarks>Build once, then freeze: every build, check, serve and bundle of a host runs
/// <see cref="Freeze"/>, which builds the Markdig pipeline and the Liquid parser once per frozen site. The default setup
/// (no change) is the tool's site.</remarks>
/// <example><code>
/// var setup = new SiteSetup()
///     .AddContentKind(new ContentKindBuilder("toolkit", "toolkits").Listed("toolkits.title").Build())
///     .ConfigureMarkdown(markdown => markdown.Use&lt;MyExtension&gt;())
///     .ConfigureTemplates(liquid => liquid.AddFilter("shout", Shout))
///     .ConfigurePipelines(site => site.Graph.AddTo(site.SiteFiles, site.Graph.Add("Humans", new WriteHumansTxt()).Publish()));
/// </code></example>
public sealed class SiteSetup
{
    private readonly List<Action<MarkdownPipelineBuilder>> _markdown = [];
    private readonly List<Action<TemplateLanguageBuilder>> _templates = [];
    private readonly List<Action<SiteBuild>> _pipelines = [];
    private readonly ContentKindsBuilder _kinds = new();

    /// <summary>Adds a kind of content (made with <see cref="ContentKindBuilder"/>) beside guides, case studies and pages:
    /// its files are found, read, placed, laid out, listed and indexed as its definition says.</summary>
    /// <exception cref="ContentKindException">Another kind has its id, folder or URL folder, or the site's own pages do.</exception>
    public SiteSetup AddContentKind(ContentKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        _kinds.Add(kind);
        return this;
    }

    /// <summary>The content kinds of the site: the built-ins, then those added.</summary>
    public ContentKinds Kinds() => _kinds.Build();

    /// <summary>Adds Markdig extensions (or changes options) after the site's own, before the pipeline is built.</summary>
    public SiteSetup ConfigureMarkdown(Action<MarkdownPipelineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _markdown.Add(configure);
        return this;
    }

    /// <summary>Adds Liquid filters, tags and view types to the theme's templates.</summary>
    public SiteSetup ConfigureTemplates(Action<TemplateLanguageBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _templates.Add(configure);
        return this;
    }

    /// <summary>Changes the default graph: add pipelines (and their files to <see cref="SiteBuild.SiteFiles"/>), replace a
    /// pipeline (<see cref="Core.Pipelines.PipelineGraph.Replace"/>) or a module (<see cref="Core.Pipelines.PipelineGraph.ReplaceModule"/>).</summary>
    public SiteSetup ConfigurePipelines(Action<SiteBuild> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _pipelines.Add(configure);
        return this;
    }

    /// <summary>The site with every change applied, frozen: <paramref name="write"/> for <c>build</c> and bundles.</summary>
    public SiteEngine Freeze(bool write)
    {
        // Untouched, the site's own pipeline is left to SiteBuild, which knows every renderer in it.
        MarkdownPipeline? markdig = null;
        if (_markdown.Count > 0)
        {
            var markdown = MarkdownPipelineFactory.Builder();
            foreach (var configure in _markdown) configure(markdown);
            markdig = markdown.Build();
        }
        var templates = new TemplateLanguageBuilder();
        foreach (var configure in _templates) configure(templates);
        var site = SiteBuild.Create(markdig, templates.Build(), Kinds());
        foreach (var configure in _pipelines) configure(site);
        return site.Freeze(write);
    }
}
