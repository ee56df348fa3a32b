using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace StatiqGuides.Modules.Markdown.LinkResolution;

/// <summary>Relative links to <c>.md</c> files and assets become the site's URLs, and unsafe or disallowed URLs are
/// reported, when a page's file is parsed (<see cref="MarkdownLinks"/>); offline, images from other hosts render as
/// links to them (<see cref="OfflineImage"/>).</summary>
public sealed class LinkResolutionExtension : IMarkdownExtension
{
    private readonly PagePass _pass = new(MarkdownLinks.Resolve);

    public void Setup(MarkdownPipelineBuilder pipeline) => _pass.Setup(pipeline);

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<LinkInlineRenderer>() is { } links)
        {
            links.TryWriters.Remove(OfflineImage.TryWrite);
            links.TryWriters.Add(OfflineImage.TryWrite);
        }
    }
}
