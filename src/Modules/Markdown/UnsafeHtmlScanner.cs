using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Finds raw HTML that would run script: &lt;script&gt;, on… attributes and javascript: URLs.</summary>
/// <remarks>Only raw HTML is scanned, so code blocks and inline code may show any of these. Each fragment is read whole
/// (a tag may span lines) by AngleSharp's HTML tokenizer, which splits tags and decodes attribute values as a browser
/// does, HTML5 named entities included.</remarks>
public static class UnsafeHtmlScanner
{
    public static void Scan(IEnumerable<RawHtmlFragment> fragments, ContentItem item, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var fragment in fragments)
        {
            var tokenizer = fragment.Tokenizer();
            for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
            {
                if (token is not HtmlTagToken tag) continue;
                if (tag.Type == HtmlTokenType.StartTag && tag.Name.Equals("script", StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Report(DiagnosticCodes.UnsafeScript, Locate(fragment, tag.Position, item));
                }
                foreach (var attribute in tag.Attributes)
                {
                    // The checks ignore case, as browsers do; the message names the attribute as the author wrote it.
                    if (attribute.Name.Length > 2 && attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    {
                        diagnostics.Report(DiagnosticCodes.UnsafeEventHandler, Locate(fragment, attribute.Position, item), attribute.Name);
                    }
                    if (attribute.Value.Length > 0 && UnsafeUrls.IsScript(attribute.Value))
                    {
                        diagnostics.Report(DiagnosticCodes.UnsafeJavascriptUrl, Locate(fragment, attribute.Position, item));
                    }
                }
                if (RawHtmlFragment.TextModeAfter(tag) is { } mode) tokenizer.State = mode;
            }
        }
    }

    /// <summary>Scans a file's body as rendered, which is what a browser reads: raw HTML that leaves a tag or an
    /// attribute value open lets the text and markup that Markdown writes after it form attributes no fragment shows
    /// (<c>&lt;div title="</c>, then a link whose URL is <c>onclick=…</c>). Findings inside a raw fragment were reported
    /// by <see cref="Scan"/>; the others are reported at the raw HTML written last before them, which left it open.</summary>
    /// <remarks>Only needed when the body has raw HTML: Markdig's own markup never carries script.</remarks>
    public static void ScanRendered(string html, IReadOnlyList<RawHtmlFragment> fragments, ContentItem item, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(fragments);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (fragments.Count == 0) return;
        // Raw HTML is written as it is, in document order: find where each fragment landed in the output.
        var placed = new List<(int Start, int End, RawHtmlFragment Fragment)>(fragments.Count);
        var from = 0;
        foreach (var fragment in fragments.OrderBy(f => f.LineStarts[0].Line).ThenBy(f => f.LineStarts[0].Column))
        {
            var at = html.IndexOf(fragment.Text, from, StringComparison.Ordinal);
            if (at < 0) continue;
            placed.Add((at, at + fragment.Text.Length, fragment));
            from = at + fragment.Text.Length;
        }
        // A tag left open at the end of the body is closed by whatever quote and '>' the layout writes next: close it here,
        // or the tokenizer would drop it at the end of the text.
        var tokenizer = new HtmlTokenizer(new TextSource(html + "\"'>"), AngleSharp.Html.HtmlEntityProvider.Resolver) { IsPreservingAttributeNames = true };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is not HtmlTagToken tag) continue;
            if (tag.Type == HtmlTokenType.StartTag && tag.Name.Equals("script", StringComparison.OrdinalIgnoreCase)
                && Opener(placed, tag.Position.Position - 1) is { } scriptAt)
            {
                diagnostics.Report(DiagnosticCodes.UnsafeScript, At(scriptAt, item));
            }
            foreach (var attribute in tag.Attributes)
            {
                var unsafeHandler = attribute.Name.Length > 2 && attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase);
                var unsafeUrl = attribute.Value.Length > 0 && UnsafeUrls.IsScript(attribute.Value);
                if ((unsafeHandler || unsafeUrl) && Opener(placed, attribute.Position.Position - 1) is { } at)
                {
                    if (unsafeHandler) diagnostics.Report(DiagnosticCodes.UnsafeEventHandler, At(at, item), attribute.Name);
                    if (unsafeUrl) diagnostics.Report(DiagnosticCodes.UnsafeJavascriptUrl, At(at, item));
                }
            }
            if (RawHtmlFragment.TextModeAfter(tag) is { } mode) tokenizer.State = mode;
        }
    }

    /// <summary>For an offset outside every raw fragment, the last fragment placed before it; null inside one (already reported).</summary>
    private static RawHtmlFragment? Opener(List<(int Start, int End, RawHtmlFragment Fragment)> placed, int offset)
    {
        RawHtmlFragment? last = null;
        foreach (var (start, end, fragment) in placed)
        {
            if (start > offset) break;
            if (offset < end) return null;
            last = fragment;
        }
        return last ?? (placed.Count > 0 ? placed[0].Fragment : null);
    }

    private static SourceLocation At(RawHtmlFragment fragment, ContentItem item) =>
        BodyLocations.At(item, fragment.LineStarts[0].Line, fragment.LineStarts[0].Column);

    private static SourceLocation Locate(RawHtmlFragment fragment, TextPosition position, ContentItem item)
    {
        var (line, column) = fragment.BodyPosition(position);
        return BodyLocations.At(item, line, column);
    }
}
