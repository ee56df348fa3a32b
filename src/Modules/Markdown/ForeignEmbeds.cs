using System.Collections.Frozen;
using System.Net;
using AngleSharp.Html.Parser.Tokens;
using Markdig.Syntax.Inlines;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Markdown.LinkResolution;
using StatiqGuides.Modules.Markdown.Links;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Finds what a page's content makes the browser load from another host (images, frames, media, objects,
/// stylesheets, CSS <c>url()</c>) and reports it where it is written: an offline bundle cannot show it. In an offline
/// bundle it turns embeds into plain https:// links the reader can follow, and drops styles that reach out.</summary>
/// <remarks>Online pages keep what the author wrote: real lessons embed videos, which is why these are warnings.</remarks>
public sealed class ForeignEmbeds(PageLinkContext page)
{
    /// <summary>The attribute naming the resource an element shows, by element.</summary>
    private static readonly FrozenDictionary<string, string> Resource = new Dictionary<string, string>
    {
        ["img"] = "src", ["iframe"] = "src", ["frame"] = "src", ["embed"] = "src", ["video"] = "src", ["audio"] = "src",
        ["source"] = "src", ["track"] = "src", ["object"] = "data",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A Markdown image from another host: reported; offline, rendered as a link to it whose text is its alt
    /// text (or its title, or the URL). Inside a link, which already leads out, it becomes its alt text.</summary>
    public void RewriteImage(LinkInline image, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(image);
        page.Diagnostics.Report(DiagnosticCodes.ForeignEmbed, location, "image", image.Url ?? "");
        if (!page.Offline) return;
        var insideLink = false;
        for (var parent = image.Parent; parent is not null; parent = parent.Parent)
        {
            insideLink |= parent is LinkInline;
        }
        OfflineImage.Mark(image, new OfflineImage(ForeignUrls.ToHttps(image.Url ?? ""), insideLink));
    }

    /// <summary>Reads one start tag of a raw fragment: reports what it loads from another host and, offline, adds the
    /// edits that make it a link or drop what reaches out.</summary>
    /// <returns>True when the whole tag is replaced: no other edit may touch it.</returns>
    public bool RewriteTag(RawHtmlFragment fragment, HtmlTagToken tag, List<(int Start, int Length, string Text)> edits)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        ArgumentNullException.ThrowIfNull(tag);
        ArgumentNullException.ThrowIfNull(edits);
        var name = tag.Name.ToLowerInvariant();
        var resource = Resource.GetValueOrDefault(name);
        string? shown = null;
        var attributeEdits = new List<(int Start, int Length, string Text)>();
        foreach (var attribute in tag.Attributes)
        {
            var attributeName = attribute.Name.ToLowerInvariant();
            var value = attribute.Value;
            if (attributeName == "style")
            {
                if (!ForeignUrls.InCss(value).Any()) continue;
                foreach (var match in ForeignUrls.InCss(value))
                {
                    Report(fragment, attribute.Position, "style url()", match.Groups["url"].Value);
                }
                if (fragment.ValueSpan(attribute.Position) is { } span)
                {
                    attributeEdits.Add((span.Start, span.Length, Quoted(ForeignUrls.StripFromCss(value))));
                }
                continue;
            }
            var foreign = attributeName switch
            {
                _ when attributeName == resource || (name == "link" && attributeName == "href") => ForeignUrls.IsForeign(value) ? value : null,
                "srcset" when name is "img" or "source" => ForeignUrls.InSrcset(value).FirstOrDefault(ForeignUrls.IsForeign),
                "poster" when name == "video" => ForeignUrls.IsForeign(value) ? value : null,
                _ => null,
            };
            if (foreign is null) continue;
            Report(fragment, attribute.Position, $"<{name} {attributeName}>", foreign);
            if (attributeName == resource || (name == "img" && attributeName == "srcset"))
            {
                shown ??= foreign;
            }
            else
            {
                // A poster or a srcset beside a local image: the element still shows without it.
                attributeEdits.Add((fragment.Offset(attribute.Position), AttributeLength(fragment, attribute.Position, attribute.Name), ""));
            }
        }
        if (name == "link" && shown is null && tag.Attributes.Any(a => a.Name.Equals("href", StringComparison.OrdinalIgnoreCase) && ForeignUrls.IsForeign(a.Value)))
        {
            shown = "";
        }
        if (!page.Offline) return false;
        if (shown is null)
        {
            edits.AddRange(attributeEdits);
            return false;
        }
        var (start, length) = fragment.TagSpan(tag.Position);
        var lines = new string('\n', fragment.Text.AsSpan(start, length).Count('\n'));
        if (name == "link")
        {
            edits.Add((start, length, lines));
            return true;
        }
        if (name == "img" && !ForeignUrls.IsForeign(tag.GetAttribute("src")) && tag.GetAttribute("src").Length > 0)
        {
            // The image itself is local: only its srcset reaches out, and it shows without it.
            edits.AddRange(attributeEdits);
            return false;
        }
        var url = ForeignUrls.ToHttps(shown);
        var text = new[] { tag.GetAttribute("alt"), tag.GetAttribute("title"), url }.First(t => !string.IsNullOrWhiteSpace(t));
        edits.Add((start, length, $"<a href=\"{WebUtility.HtmlEncode(url)}\">{WebUtility.HtmlEncode(text)}</a>{lines}"));
        return true;
    }

    /// <summary>The text of a <c>&lt;style&gt;</c> element: reports each <c>url()</c> and <c>@import</c> of another host
    /// where it is written and, offline, drops them.</summary>
    public void RewriteStyle(RawHtmlFragment fragment, int offset, string css, List<(int Start, int Length, string Text)> edits)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        ArgumentNullException.ThrowIfNull(css);
        ArgumentNullException.ThrowIfNull(edits);
        var found = false;
        foreach (var match in ForeignUrls.InCss(css))
        {
            found = true;
            var (line, column) = fragment.BodyPositionOf(offset + match.Index);
            page.Diagnostics.Report(DiagnosticCodes.ForeignEmbed, BodyLocations.At(page.Item, line, column), "<style>", match.Groups["url"].Value);
        }
        if (!found || !page.Offline) return;
        var stripped = ForeignUrls.StripFromCss(css);
        var missing = css.Count(c => c == '\n') - stripped.Count(c => c == '\n');
        edits.Add((offset, css.Length, stripped + new string('\n', Math.Max(missing, 0))));
    }

    private void Report(RawHtmlFragment fragment, AngleSharp.Text.TextPosition position, string what, string url)
    {
        var (line, column) = fragment.BodyPosition(position);
        page.Diagnostics.Report(DiagnosticCodes.ForeignEmbed, BodyLocations.At(page.Item, line, column), what, url);
    }

    /// <summary>The length of an attribute as written, name to the end of its value, so that removing it leaves the tag whole.</summary>
    private static int AttributeLength(RawHtmlFragment fragment, AngleSharp.Text.TextPosition position, string name) =>
        fragment.ValueSpan(position) is { } value ? value.Start + value.Length - fragment.Offset(position) : name.Length;

    private static string Quoted(string value) => "\"" + WebUtility.HtmlEncode(value) + "\"";
}
