using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StatiqGuides.Modules.Markdown.Xrefs;

/// <summary>Writes an xref's title in the language of the page rendered (<see cref="PageHtmlRenderer"/>); another
/// renderer has no page, and gets the uid. Escaped as literal text is, in a link's text or an image's alt.</summary>
public sealed class XrefTitleRenderer : HtmlObjectRenderer<XrefTitleInline>
{
    protected override void Write(HtmlRenderer renderer, XrefTitleInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var title = renderer is PageHtmlRenderer page ? page.Links.TitleOf(obj.Uid, page.Language) : obj.Uid;
        if (renderer.EnableHtmlEscape)
        {
            renderer.WriteEscape(title);
        }
        else
        {
            renderer.Write(title);
        }
    }
}
