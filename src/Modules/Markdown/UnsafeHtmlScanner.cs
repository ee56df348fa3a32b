using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Finds raw HTML that would run script: &lt;script&gt;, on… attributes and javascript: URLs.</summary>
/// <remarks>Only raw HTML nodes are scanned, so code blocks and inline code may show any of these. Each node is read
/// whole (a tag may span lines) by AngleSharp's HTML tokenizer, which splits tags and decodes attribute values as a
/// browser does, HTML5 named entities included.</remarks>
public static class UnsafeHtmlScanner
{
    public static void Scan(MarkdownDocument document, ContentItem item, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var body = new BodyText(item.Body);
        foreach (var block in document.Descendants<HtmlBlock>())
        {
            var lines = block.Lines.Lines;
            var starts = new (int Line, int Column)[block.Lines.Count];
            var parts = new string[block.Lines.Count];
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var line = lines[i];
                // The slice starts after any container prefix ("> ", a list item's indentation) on that line.
                starts[i] = (line.Line, line.Slice.Start - body.LineStart(line.Line));
                parts[i] = line.Slice.ToString();
            }
            ScanFragment(string.Join('\n', parts), starts, item, diagnostics);
        }
        foreach (var inline in document.Descendants<HtmlInline>())
        {
            ScanFragment(inline.Tag, InlineLineStarts(inline, body), item, diagnostics);
        }
    }

    /// <summary>Where each line of an inline tag starts in the body. A tag may span the lines of its paragraph, whose
    /// continuation lines Markdig hands over without their indentation: find each one in its source line.</summary>
    private static (int Line, int Column)[] InlineLineStarts(HtmlInline inline, BodyText body)
    {
        var parts = inline.Tag.Split('\n');
        var starts = new (int Line, int Column)[parts.Length];
        starts[0] = (inline.Line, inline.Column);
        for (var k = 1; k < parts.Length; k++)
        {
            var source = body.Line(inline.Line + k);
            var found = parts[k].Length == 0 ? -1 : source.IndexOf(parts[k], StringComparison.Ordinal);
            starts[k] = (inline.Line + k, Math.Max(found, 0));
        }
        return starts;
    }

    private static void ScanFragment(string html, (int Line, int Column)[] lineStarts, ContentItem item, IDiagnosticSink diagnostics)
    {
        // Attribute names as the author wrote them, for the message; the checks ignore case as browsers do.
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver) { IsPreservingAttributeNames = true };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is not HtmlTagToken tag) continue;
            if (tag.Type == HtmlTokenType.StartTag && tag.Name.Equals("script", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Report(DiagnosticCodes.UnsafeScript, Locate(tag.Position, lineStarts, item));
            }
            foreach (var attribute in tag.Attributes)
            {
                if (attribute.Name.Length > 2 && attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Report(DiagnosticCodes.UnsafeEventHandler, Locate(attribute.Position, lineStarts, item), attribute.Name);
                }
                if (attribute.Value.Length > 0 && UnsafeUrls.IsScript(attribute.Value))
                {
                    diagnostics.Report(DiagnosticCodes.UnsafeJavascriptUrl, Locate(attribute.Position, lineStarts, item));
                }
            }
            // What follows these start tags is text to a browser, not markup: read it as the browser's tree builder would.
            if (tag.Type == HtmlTokenType.StartTag && TextMode(tag.Name) is { } mode)
            {
                tokenizer.State = mode;
            }
        }
    }

    private static HtmlParseMode? TextMode(string name) => name.ToLowerInvariant() switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "textarea" or "title" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => null,
    };

    /// <summary>A 1-based position in the fragment (AngleSharp's) to the 1-based position in the file.</summary>
    private static SourceLocation Locate(TextPosition position, (int Line, int Column)[] lineStarts, ContentItem item)
    {
        var (line, column) = lineStarts[Math.Clamp(position.Line - 1, 0, lineStarts.Length - 1)];
        return BodyLocations.At(item, line, column + position.Column - 1);
    }
}
