using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Passes a rendered body through the <see cref="HtmlAllowList"/>, parsed as a browser parses it, and reports
/// everything the sanitizer removes at the raw HTML that produced it; the page gets the sanitized HTML, so a finding that
/// is missed in reporting is still not published. Raw HTML that leaves an element open at the end of the body, or
/// closes one it did not open, is an error too: on the page, and on a printable page where the next guide follows, it
/// would reach into markup no check saw.</summary>
/// <remarks>A clean body is published byte for byte as Markdig wrote it: only a body the sanitizer changes is re-serialised.</remarks>
public static class ContentSanitizer
{
    private const string Prefix = "<!DOCTYPE html><html><head></head><body><div>";
    private const string Sentinel = "<sg-end></sg-end>";

    /// <summary>Closes a tag left open at the end of the body, as the quote and '&gt;' the layout writes next would, so
    /// that the tag is parsed (and its attributes checked) rather than dropped at the end of the text.</summary>
    private const string Closer = "\"'>";

    /// <summary>End tags that the page's layout could be closed by: reported where raw HTML writes them.</summary>
    private static readonly HashSet<int> StrayEndTagErrors =
    [
        (int)HtmlParseError.BlockNotInScope, (int)HtmlParseError.ElementNotInScope, (int)HtmlParseError.TagCannotEndHere,
        (int)HtmlParseError.BodyNotInScope, (int)HtmlParseError.BodyClosedWrong, (int)HtmlParseError.TableNotInScope,
        (int)HtmlParseError.ListItemNotInScope, (int)HtmlParseError.HeadingNotInScope, (int)HtmlParseError.TableSectionNotInScope,
        (int)HtmlParseError.TableRowNotInScope, (int)HtmlParseError.TableCellNotInScope, (int)HtmlParseError.CaptionNotInScope,
        (int)HtmlParseError.FormNotInScope, (int)HtmlParseError.SelectNotInScope,
    ];

    /// <param name="diagnostics">Where findings go; null to sanitize without reporting (a second language of a body
    /// already reported).</param>
    /// <returns>The HTML to publish: <paramref name="html"/> itself when nothing had to be removed.</returns>
    public static string Sanitize(string html, IReadOnlyList<RawHtmlFragment> fragments, ContentItem item, IDiagnosticSink? diagnostics)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(fragments);
        ArgumentNullException.ThrowIfNull(item);
        var sink = diagnostics ?? NullSink.Instance;
        var map = new FragmentMap(html, fragments, item);
        var leftOpen = new HashSet<RawHtmlFragment>();
        foreach (var fragment in fragments)
        {
            // A piece that ends inside the text of <script>, <style>, <textarea>...: the element is refused or holds no markup,
            // and the end of the body is checked for what it swallows.
            if (OpenHtml.AtEndOf(fragment.Text) is not { } what || what.StartsWith("the text of", StringComparison.Ordinal)) continue;
            leftOpen.Add(fragment);
            var (line, column) = fragment.BodyPositionOf(Math.Max(fragment.Text.LastIndexOf('<'), 0));
            sink.Report(DiagnosticCodes.RawHtmlLeftOpen, BodyLocations.At(item, line, column), what);
        }

        var parser = HtmlAllowList.CreateParser();
        var strayEndTags = new List<int>();
        parser.Error += (_, error) =>
        {
            if (error is AngleSharp.Html.Dom.Events.HtmlErrorEvent { } e && StrayEndTagErrors.Contains(e.Code)) strayEndTags.Add(e.Position.Position);
        };
        var source = Prefix + html + Sentinel + Closer;
        AngleSharp.Html.Dom.IHtmlDocument document;
        try
        {
            document = parser.ParseDocument(source);
        }
        catch (Exception exception) when (exception is NullReferenceException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // A parser bug that hostile markup reaches (the fuzz test found one in <select> handling): fail closed.
            sink.Report(DiagnosticCodes.UnreadableHtml, map.Locate(-1, leftOpen, fallback: true), exception.GetType().Name);
            return "";
        }
        var changed = false;
        var root = document.Body?.FirstElementChild as IHtmlElement;
        if (root is null || document.Body!.ChildNodes.Length != 1)
        {
            changed = true;
        }
        foreach (var at in strayEndTags)
        {
            var offset = at - Prefix.Length - 1;
            if (offset < 0 || offset >= html.Length) continue;
            changed = true;
            var endTag = html.LastIndexOf("</", Math.Min(offset + 1, html.Length - 1), StringComparison.Ordinal);
            var name = endTag < 0 ? "" : new string([.. html.Skip(endTag + 2).TakeWhile(char.IsAsciiLetterOrDigit)]).ToLowerInvariant();
            sink.Report(DiagnosticCodes.StrayEndTag, map.Locate(offset, leftOpen, fallback: true), name.Length > 0 ? name : "?");
        }

        var found = document.GetElementsByTagName("sg-end");
        var sentinel = found.Length > 0 ? found[0] : null;
        if (root?.LastChild is IText { Data: Closer } closer && closer.PreviousSibling == sentinel)
        {
            closer.Remove();
        }
        if (root is null || sentinel?.Parent != root || root.LastChild != sentinel)
        {
            changed = true;
            if (leftOpen.Count == 0)
            {
                var open = OutermostOpen(sentinel, root);
                var what = open is null ? "a tag, an attribute value or a comment" : $"<{open.LocalName}>";
                sink.Report(DiagnosticCodes.ElementLeftOpen, map.Locate(Offset(open), leftOpen, fallback: true), what);
            }
        }
        sentinel?.Remove();
        if (root is null) return "";
        var before = root.InnerHtml;
        // The sanitizer writes every style it keeps in its own form (red becomes rgba(255, 0, 0, 1)): a style it
        // removed nothing from is put back as written.
        var styles = root.QuerySelectorAll("[style]").Select(e => (Element: e, Style: e.GetAttribute("style")!)).ToList();
        var restyled = new HashSet<IElement>();

        var sanitizer = HtmlAllowList.CreateSanitizer();
        var findings = 0;
        void Report(IElement element, DiagnosticCode code, bool isUrl, params object?[] args) => ReportAt(element, null, code, isUrl, args);
        void ReportAt(IElement element, string? attribute, DiagnosticCode code, bool isUrl, params object?[] args)
        {
            findings++;
            var offset = AttributeOffset(html, Offset(element), attribute);
            if (attribute is not null && code != DiagnosticCodes.DisallowedStyle && offset >= 0 && offset + attribute.Length <= html.Length && args.Length > 0
                && string.Equals(html.Substring(offset, attribute.Length), attribute, StringComparison.OrdinalIgnoreCase) && args[0] is string)
            {
                // The name as the author wrote it (the parser lower-cases it).
                args[0] = html.Substring(offset, attribute.Length);
            }
            if (isUrl && !map.InsideOrAfterOpen(offset, leftOpen)) return;
            sink.Report(code, map.Locate(offset, leftOpen, fallback: true), args);
        }
        sanitizer.RemovingTag += (_, e) =>
        {
            if (e.Tag.LocalName == "script") Report(e.Tag, DiagnosticCodes.UnsafeScript, false);
            else Report(e.Tag, DiagnosticCodes.DisallowedElement, false, e.Tag.LocalName);
        };
        sanitizer.RemovingAttribute += (_, e) =>
        {
            var name = e.Attribute.Name;
            if (e.Reason is RemoveReason.StyleAttributeEmpty or RemoveReason.ClassAttributeEmpty)
            {
                findings++;
                return;
            }
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) ReportAt(e.Tag, name, DiagnosticCodes.UnsafeEventHandler, false, name);
            else if (UnsafeUrls.IsScript(e.Attribute.Value)) ReportAt(e.Tag, name, DiagnosticCodes.UnsafeJavascriptUrl, HtmlAllowList.UrlAttributes.Contains(name));
            else if (e.Reason == RemoveReason.NotAllowedUrlValue) ReportAt(e.Tag, name, DiagnosticCodes.DisallowedUrl, true, Shorten(e.Attribute.Value), name);
            else ReportAt(e.Tag, name, DiagnosticCodes.DisallowedAttribute, false, name, e.Tag.LocalName);
        };
        sanitizer.RemovingStyle += (_, e) =>
        {
            restyled.Add(e.Tag);
            ReportAt(e.Tag, "style", DiagnosticCodes.DisallowedStyle, false, Shorten($"{e.Style.Name}: {e.Style.Value}"), e.Tag.LocalName);
        };
        sanitizer.RemovingAtRule += (_, e) => Report(e.Tag, DiagnosticCodes.DisallowedStyle, false, Shorten(e.Rule.CssText), e.Tag.LocalName);
        sanitizer.FilterUrl += (_, e) =>
        {
            var isImage = e.Tag.LocalName is "img" or "source";
            // The allow-list of URLs is ours: the sanitizer's answer stands only where ours agrees, and raster data: images
            // are the one data: URL let through.
            e.SanitizedUrl = !UrlPolicy.IsAllowed(e.OriginalUrl, isImage) ? null
                : e.SanitizedUrl ?? (isImage && e.OriginalUrl.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? e.OriginalUrl : null);
        };
        foreach (var comment in root.Descendants<IComment>().Where(IsConditional).ToList())
        {
            findings++;
            sink.Report(DiagnosticCodes.ConditionalComment, map.Locate(Offset(comment.ParentElement) is var o and >= 0 ? html.IndexOf("<!--", o, StringComparison.Ordinal) : -1, leftOpen, fallback: true));
            comment.Remove();
        }
        sanitizer.SanitizeDom((IHtmlDocument)document, root, "");
        foreach (var (element, style) in styles.Where(s => !restyled.Contains(s.Element) && s.Element.HasAttribute("style")))
        {
            element.SetAttribute("style", style);
        }
        var after = root.InnerHtml;
        return !changed && findings == 0 && after == before ? html : after;
    }

    /// <summary>The source offset of a node in the body's HTML, or -1 for a node the parser made up.</summary>
    /// <remarks>AngleSharp keeps no position for some elements it creates itself (the <c>svg</c> and <c>math</c> roots of
    /// foreign content): their first descendant that has one stands in, which is on the same line or just after.</remarks>
    private static int Offset(INode? node)
    {
        if (node is not IElement element) return -1;
        var placed = element.SourceReference is not null ? element : element.Descendants<IElement>().FirstOrDefault(e => e.SourceReference is not null);
        return placed?.SourceReference is { } reference ? reference.Position.Position - Prefix.Length - 1 : -1;
    }

    /// <summary>Old Internet Explorer reads <c>&lt;!--[if IE]&gt;…&lt;![endif]--&gt;</c> as markup; so does <c>&lt;![if]&gt;</c>.</summary>
    private static bool IsConditional(IComment comment) =>
        comment.Data.TrimStart().StartsWith("[if", StringComparison.OrdinalIgnoreCase)
        || comment.Data.Contains("[endif]", StringComparison.OrdinalIgnoreCase) || comment.Data.TrimStart().StartsWith('[');

    /// <summary>Where an attribute is written in its element's start tag, so that a tag spanning lines is reported on the
    /// attribute's own line; the tag's start when the name is not found.</summary>
    private static int AttributeOffset(string html, int tagOffset, string? attribute)
    {
        if (attribute is null || tagOffset < 0 || tagOffset >= html.Length) return tagOffset;
        char? quote = null;
        for (var i = tagOffset + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is { } q)
            {
                if (c == q) quote = null;
                continue;
            }
            if (c == '>') break;
            if (c is '"' or '\'' && i > 0 && html[i - 1] == '=') quote = c;
            else if (c is '"' or '\'') quote = c;
            if (char.IsWhiteSpace(html[i - 1]) || html[i - 1] == '/')
            {
                if (string.Compare(html, i, attribute, 0, attribute.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (i + attribute.Length >= html.Length || html[i + attribute.Length] is '=' or '>' or '/' || char.IsWhiteSpace(html[i + attribute.Length])))
                {
                    return i;
                }
            }
        }
        return tagOffset;
    }

    private static IElement? OutermostOpen(IElement? sentinel, IElement? root)
    {
        if (sentinel is null || root is null) return null;
        var current = sentinel;
        while (current.ParentElement is { } parent && parent != root && parent.LocalName != "body") current = parent;
        return current == sentinel ? (root.LastElementChild != sentinel ? root.LastElementChild : null) : current;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private sealed class NullSink : IDiagnosticSink
    {
        public static readonly NullSink Instance = new();

        public bool HasErrors => false;

        public void Report(Diagnostic diagnostic)
        {
        }
    }
}
