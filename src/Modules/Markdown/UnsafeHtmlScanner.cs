using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Finds raw HTML that would run script: &lt;script&gt;, on… attributes and javascript: URLs.</summary>
/// <remarks>Only raw HTML nodes are scanned, so code blocks and inline code may show any of these.</remarks>
public static partial class UnsafeHtmlScanner
{
    public static void Scan(MarkdownDocument document, ContentItem item, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var block in document.Descendants<HtmlBlock>())
        {
            var lines = block.Lines.Lines;
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var line = lines[i];
                ScanFragment(line.Slice.ToString(), item, line.Line, line.Slice.Start - line.Position + line.Column, diagnostics);
            }
        }
        foreach (var inline in document.Descendants<HtmlInline>())
        {
            ScanFragment(inline.Tag, item, inline.Line, inline.Column, diagnostics);
        }
    }

    private static void ScanFragment(string html, ContentItem item, int line, int column, IDiagnosticSink diagnostics)
    {
        // Comments are inert; blank them out (keeping offsets) so that they neither hide nor raise anything.
        var text = Comment().Replace(html, m => new string(' ', m.Length));
        foreach (Match tag in Tag().Matches(text))
        {
            var name = tag.Groups["name"].Value;
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) && !tag.Value.StartsWith("</", StringComparison.Ordinal))
            {
                diagnostics.Report(DiagnosticCodes.UnsafeScript, BodyLocations.At(item, line, column + tag.Index));
            }
            foreach (Match attribute in Attribute().Matches(tag.Groups["attributes"].Value))
            {
                var offset = column + tag.Groups["attributes"].Index + attribute.Index;
                var attributeName = attribute.Groups["name"].Value;
                if (attributeName.Length > 2 && attributeName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Report(DiagnosticCodes.UnsafeEventHandler, BodyLocations.At(item, line, offset), attributeName);
                }
                var value = attribute.Groups["value"].Value.Trim('"', '\'');
                if (value.Length > 0 && UnsafeUrls.IsScript(value))
                {
                    diagnostics.Report(DiagnosticCodes.UnsafeJavascriptUrl, BodyLocations.At(item, line, offset));
                }
            }
        }
    }

    [GeneratedRegex("<!--.*?(-->|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"</?(?<name>[A-Za-z][A-Za-z0-9:-]*)(?<attributes>(?:[^>""']|""[^""]*""|'[^']*')*)>?", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<name>[^\s=/>""']+)(?:\s*=\s*(?<value>""[^""]*""|'[^']*'|[^\s>]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
