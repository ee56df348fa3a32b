using Markdig.Renderers;
using StatiqGuides.Modules.Markdown.Links;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Renders a parsed body for one page: what depends on the reader's language (an xref's title) is looked up
/// here, so that one parsed document is rendered for every language that shows it.</summary>
/// <remarks>One per render, like any <see cref="HtmlRenderer"/>; the parsed document is only read.</remarks>
public sealed class PageHtmlRenderer(TextWriter writer, string language, ILinkResolver links) : HtmlRenderer(writer)
{
    public string Language { get; } = language ?? throw new ArgumentNullException(nameof(language));

    public ILinkResolver Links { get; } = links ?? throw new ArgumentNullException(nameof(links));
}
