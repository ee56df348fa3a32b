using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Markdig.Renderers.Html;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Gives headings the ids Markdig's GitHub auto-identifiers give them (<c>intro</c>, <c>intro-1</c>, ...), in
/// linear time: Markdig probes <c>-1</c>, <c>-2</c>... from the start for every repeat, so 30,000 identical headings take
/// hundreds of millions of steps. A counter per base id resumes where the last repeat stopped; since ids are only
/// added, the first free id it finds is the one probing from 1 would find.</summary>
/// <remarks>Registered before <c>UseAutoIdentifiers</c>, whose handler then finds the id set and keeps it (it still adds
/// heading link references). Stateless: the ids and counters live in each parsed document's data.</remarks>
public sealed class LinearHeadingIdExtension : IMarkdownExtension
{
    private static readonly object DataKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.Closed -= Closed;
            headings.Closed += Closed;
        }
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
        {
            // Setext headings are closed as paragraphs.
            paragraphs.Closed -= Closed;
            paragraphs.Closed += Closed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Closed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading) heading.ProcessInlinesEnd += AssignId;
    }

    private static void AssignId(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        if (heading.Inline is null) return;
        if (processor.Document.GetData(DataKey) is not Ids ids)
        {
            ids = new Ids();
            processor.Document.SetData(DataKey, ids);
        }
        var attributes = heading.GetAttributes();
        if (attributes.Id is not null)
        {
            // A {#id} the author wrote (HeadingIds ran first): later headings' ids go round it; a clash with an earlier
            // one is reported by ContentChecks.
            ids.Used.Add(attributes.Id);
            return;
        }
        using var writer = new StringWriter();
        var strip = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        strip.Render(heading.Inline);
        var text = LinkHelper.UrilizeAsGfm(writer.ToString());
        var baseId = string.IsNullOrEmpty(text) ? "section" : text;
        var id = baseId;
        if (!ids.Used.Add(id))
        {
            var index = ids.Next.GetValueOrDefault(baseId);
            do
            {
                index++;
                id = $"{baseId}-{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            }
            while (!ids.Used.Add(id));
            ids.Next[baseId] = index;
        }
        attributes.Id = id;
    }

    private sealed class Ids
    {
        // "main" is the theme's main region, the skip link's target: a heading "Main" becomes main-1.
        public HashSet<string> Used { get; } = new(StringComparer.Ordinal) { HeadingIds.ThemeMain };

        public Dictionary<string, int> Next { get; } = new(StringComparer.Ordinal);
    }
}
