using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Html.Parser;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Markdown;

/// <summary>What a reader would miss or a reviewer would send back, found in a parsed body: images without alt text, a
/// second <c>&lt;h1&gt;</c>, scaffold prompts left in, styles the site's Content-Security-Policy blocks, and a
/// <c>{#id}</c> that is no identifier. Each is reported where it is written.</summary>
public static class ContentChecks
{
    private const string StylePolicy = "style-src 'self'";

    /// <param name="body">The item's Markdown, which <paramref name="document"/> was parsed from.</param>
    public static void Run(MarkdownDocument document, IReadOnlyList<RawHtmlFragment> rawHtml, ContentItem item, string body, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rawHtml);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var firstWithId = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            CheckId(heading, item, firstWithId, diagnostics);
            if (heading.Level == 1)
            {
                diagnostics.Report(DiagnosticCodes.SecondTopHeading, BodyLocations.At(item, heading.Line, heading.Column), HeadingIds.PlainText(heading));
            }
            if (HeadingIds.InvalidSuffix(heading) is { } bad)
            {
                diagnostics.Report(DiagnosticCodes.InvalidHeadingId, BodyLocations.At(item, heading.Line, heading.Column), bad);
            }
        }
        foreach (var image in MarkdownTree.Inlines<LinkInline>(document).Where(l => l.IsImage && !HasText(l)))
        {
            diagnostics.Report(DiagnosticCodes.ImageWithoutAlt, BodyLocations.At(item, image.Line, image.Column), image.Url ?? "");
        }
        foreach (var fragment in rawHtml) CheckHtml(fragment, item, diagnostics);
        CheckPrompts(item, body, diagnostics);
    }

    /// <summary>An id that two headings share, or that the page around the body uses: a link to it would reach the
    /// wrong place. Automatic ids never clash (they go round every id before them), so the clash is a <c>{#id}</c>.</summary>
    private static void CheckId(HeadingBlock heading, ContentItem item, Dictionary<string, SourceLocation> firstWithId, IDiagnosticSink diagnostics)
    {
        if (heading.GetAttributes().Id is not { } id) return;
        var here = BodyLocations.At(item, heading.Line, heading.Column);
        if (HeadingIds.IsThemes(id))
        {
            diagnostics.Report(DiagnosticCodes.HeadingIdTaken, here, id,
                $"the page around the body uses it ('{HeadingIds.ThemeMain}' and the ids that start with '{HeadingIds.ThemePrefix}' are the theme's)");
        }
        else if (!firstWithId.TryAdd(id, here))
        {
            diagnostics.Report(DiagnosticCodes.HeadingIdTaken, here, id,
                $"the heading on line {firstWithId[id].Line.ToString(System.Globalization.CultureInfo.InvariantCulture)} has it, so a link to #{id} would reach only that one");
        }
    }

    private static bool HasText(ContainerInline inline) =>
        inline.Descendants<LiteralInline>().Any(l => !l.Content.IsEmpty && l.Content.ToString().Trim().Length > 0)
        || inline.Descendants<CodeInline>().Any();

    private static void CheckHtml(RawHtmlFragment fragment, ContentItem item, IDiagnosticSink diagnostics)
    {
        var tokenizer = fragment.Tokenizer();
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is not HtmlTagToken tag) continue;
            if (tag.Type == HtmlTokenType.StartTag)
            {
                var name = tag.Name.ToLowerInvariant();
                if (name == "img" && !tag.Attributes.Any(a => a.Name.Equals("alt", StringComparison.OrdinalIgnoreCase)))
                {
                    var src = tag.Attributes.FirstOrDefault(a => a.Name.Equals("src", StringComparison.OrdinalIgnoreCase)).Value ?? "";
                    diagnostics.Report(DiagnosticCodes.ImageWithoutAlt, Locate(fragment, tag.Position, item), src);
                }
                if (name == "h1")
                {
                    diagnostics.Report(DiagnosticCodes.SecondTopHeading, Locate(fragment, tag.Position, item), "<h1>");
                }
                if (name == "style")
                {
                    diagnostics.Report(DiagnosticCodes.BlockedByPolicy, Locate(fragment, tag.Position, item), "a <style> element", StylePolicy);
                }
                foreach (var attribute in tag.Attributes.Where(a => a.Name.Equals("style", StringComparison.OrdinalIgnoreCase)))
                {
                    diagnostics.Report(DiagnosticCodes.BlockedByPolicy, Locate(fragment, attribute.Position, item), "a style attribute", StylePolicy);
                }
            }
            if (RawHtmlFragment.TextModeAfter(tag) is { } mode) tokenizer.State = mode;
        }
    }

    private static void CheckPrompts(ContentItem item, string body, IDiagnosticSink diagnostics)
    {
        foreach (var (line, prompt, column) in ScaffoldPromptScan.Find(body))
        {
            diagnostics.Report(DiagnosticCodes.ScaffoldPrompt, BodyLocations.At(item, line, column), ScaffoldPrompts.Body[prompt]);
        }
    }

    private static SourceLocation Locate(RawHtmlFragment fragment, AngleSharp.Text.TextPosition position, ContentItem item)
    {
        var (line, column) = fragment.BodyPosition(position);
        return BodyLocations.At(item, line, column);
    }
}
