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

    private static SourceLocation Locate(RawHtmlFragment fragment, TextPosition position, ContentItem item)
    {
        var (line, column) = fragment.BodyPosition(position);
        return BodyLocations.At(item, line, column);
    }
}
