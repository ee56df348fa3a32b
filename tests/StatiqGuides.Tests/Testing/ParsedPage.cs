using Markdig.Syntax;
using StatiqGuides.Modules.Markdown;
using StatiqGuides.Modules.Markdown.Links;

namespace StatiqGuides.Tests.Testing;

/// <summary>One body parsed for a page of a <see cref="MarkdownSite"/>: the tree, what its links named, and the
/// diagnostics as the CLI prints them; rendered for any language.</summary>
public sealed record ParsedPage(MarkdownDocument Document, PageLinkContext Links, IReadOnlyList<string> Diagnostics)
{
    public string Html(string language)
    {
        using var writer = new StringWriter();
        var renderer = new PageHtmlRenderer(writer, language, Links.Links);
        MarkdownSite.Pipeline.Setup(renderer);
        renderer.Render(Document);
        return writer.ToString();
    }
}
