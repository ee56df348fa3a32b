using Markdig;
using Markdig.Renderers;

namespace HostedSite;

/// <summary>Markdig extension: <c>[[Ctrl+S]]</c> is a key combination, rendered as one <c>kbd</c> element per key.</summary>
public sealed class KeyboardKeysExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        // Before the link parser, which would otherwise read "[[" as the start of a link.
        if (!pipeline.InlineParsers.Contains<KeyboardKeysParser>())
        {
            pipeline.InlineParsers.Insert(0, new KeyboardKeysParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<KeyboardKeysRenderer>())
        {
            html.ObjectRenderers.Insert(0, new KeyboardKeysRenderer());
        }
    }
}
