using Markdig;
using Markdig.Renderers;

namespace StatiqGuides.Modules.Markdown.Xrefs;

/// <summary>Links by uid (SPEC §1 Markdown): <c>[text](xref:uid#anchor)</c>, <c>[](xref:uid)</c> and
/// <c>&lt;xref:uid&gt;</c>. Resolved when a page's file is parsed (<see cref="XrefLinks"/>); an empty link's title is
/// written in each rendered page's language (<see cref="XrefTitleRenderer"/>).</summary>
public sealed class XrefExtension : IMarkdownExtension
{
    private readonly PagePass _pass = new(XrefLinks.Resolve);

    public void Setup(MarkdownPipelineBuilder pipeline) => _pass.Setup(pipeline);

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready<XrefTitleRenderer>();
    }
}
