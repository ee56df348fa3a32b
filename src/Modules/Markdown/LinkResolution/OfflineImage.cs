using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace StatiqGuides.Modules.Markdown.LinkResolution;

/// <summary>An image from another host on a page read offline, which cannot show it: rendered as a link to it whose
/// text is its alt text (or its title, or the URL); inside a link, which already leads out, as its alt text.</summary>
/// <remarks>Attached to the image when its page is parsed, and applied when it is rendered: the tree keeps the image as
/// written, which content checks read.</remarks>
public sealed record OfflineImage(string Url, bool InsideLink)
{
    public static void Mark(LinkInline image, OfflineImage replacement)
    {
        ArgumentNullException.ThrowIfNull(image);
        image.SetData(typeof(OfflineImage), replacement);
    }

    /// <summary>A <c>LinkInlineRenderer</c> writer: true when it wrote the link, which is then an offline image.</summary>
    public static bool TryWrite(HtmlRenderer renderer, LinkInline link)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(link);
        if (link.GetData(typeof(OfflineImage)) is not OfflineImage image) return false;
        var tag = renderer.EnableHtmlForInline && !image.InsideLink;
        if (tag) renderer.Write("<a href=\"").WriteEscapeUrl(image.Url).Write("\">");
        if (link.FirstChild is null)
        {
            var text = string.IsNullOrWhiteSpace(link.Title) ? image.Url : link.Title;
            if (renderer.EnableHtmlEscape) renderer.WriteEscape(text);
            else renderer.Write(text);
        }
        else
        {
            renderer.WriteChildren(link);
        }
        if (tag) renderer.Write("</a>");
        return true;
    }
}
