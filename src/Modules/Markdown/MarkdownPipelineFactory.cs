using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using StatiqGuides.Modules.Markdown.LinkResolution;
using StatiqGuides.Modules.Markdown.Xrefs;

namespace StatiqGuides.Modules.Markdown;

/// <summary>The one Markdig pipeline of the site (SPEC §1 Markdown): built once, immutable, shared by all threads.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() => Builder().Build();

    /// <summary>The site's extensions, for a host to add its own to before building.</summary>
    public static MarkdownPipelineBuilder Builder() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        // Before the automatic identifiers, which keep an id already set: an explicit {#id} first, then the linear
        // counter for the rest (see LinearHeadingIdExtension).
        .Use<HeadingIds>()
        .Use<LinearHeadingIdExtension>()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAlertBlocks()
        // Page links, when a page's file is parsed with its PageLinkContext: each pass leaves the other's links alone
        // (xref: URLs are the xref extension's), so their order does not matter.
        .Use<LinkResolutionExtension>()
        .Use<XrefExtension>();
}
