using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace HostedSite;

/// <summary>Writes each key as a <c>kbd</c> element, joined by '+': markup the site's sanitizer allows.</summary>
public sealed class KeyboardKeysRenderer : HtmlObjectRenderer<KeyboardKeys>
{
    protected override void Write(HtmlRenderer renderer, KeyboardKeys obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.Write(string.Join("+", obj.Keys.Select(k => $"<kbd>{WebUtility.HtmlEncode(k)}</kbd>")));
    }
}
