using System.Net;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Syntax;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Renders one content file's Markdown to HTML for every page showing it: parses the file once, checks raw HTML,
/// rewrites links, builds the table of contents, then renders it once per language, labelling alerts in that language.</summary>
/// <remarks>Every page of a file (a source and its fallbacks in the languages without a translation) sits at the same
/// depth in its language's tree, so the rewritten relative links hold for all of them; only xref titles and alert
/// labels change with the language. Reads the catalog for link targets and the theme for the UI strings.</remarks>
public sealed class RenderMarkdown(MarkdownPipeline markdig, Output<SiteCatalog> catalog, Output<Theme> theme)
    : EachModule<MarkdownFile, RenderedFile>(catalog, theme)
{
    public override RenderedFile Process(MarkdownFile item, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Read(catalog);
        var strings = context.Read(theme).Strings;
        var urls = SiteUrls.For(context.Options, site.Settings);
        var first = item.First;
        var parsed = Parse(new PageLinkContext(first.Shown, first.Language, SitePaths.Of(first.Source, first.Language), site, urls,
            context.Options.InputDirectory, context.Diagnostics) { Offline = context.Options.Offline is not null });
        // A withheld file is not published, but check lists its problems too: it is rendered where it would be, then dropped.
        if (item.Withheld)
        {
            Render(parsed, first, SitePaths.Of(first.Source, first.Language), strings, context.Diagnostics);
            return new RenderedFile([]);
        }
        // Reported once, for the page whose links were rewritten; every language's page is sanitized.
        return new RenderedFile([.. item.Pages.Select(localized => Render(parsed, localized, SitePaths.Of(localized.Source, localized.Language), strings,
            localized == first ? context.Diagnostics : null))]);
    }

    /// <summary>The file parsed, checked and its links rewritten; null when Markdig refuses it (reported).</summary>
    private ParsedBody? Parse(PageLinkContext page)
    {
        if (NestingLimit.FirstLineTooDeep(page.Item.Body) is var tooDeep and >= 0)
        {
            page.Diagnostics.Report(DiagnosticCodes.MarkdownTooDeep, BodyLocations.At(page.Item, tooDeep, 0));
            return null;
        }
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(page.Item.Body, markdig);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested past its depth limit (thousands of '>' or '['), where recursion would overflow
            // the stack; it says so with an ArgumentException, not where. Report the body's first line; the build goes on.
            var firstLine = page.Item.Body.AsSpan(0, page.Item.Body.Length - page.Item.Body.TrimStart().Length).Count('\n');
            page.Diagnostics.Report(DiagnosticCodes.MarkdownTooDeep, BodyLocations.At(page.Item, firstLine, 0));
            return null;
        }
        var rawHtml = RawHtmlFragment.In(document, new BodyText(page.Item.Body)).ToList();
        ContentChecks.Run(document, rawHtml, page.Item, page.Diagnostics);
        var links = new LinkRewriter(page);
        links.Rewrite(document);
        links.RewriteRawHtml(rawHtml);
        var (toc, ids) = TocBuilder.Build(document);
        return new ParsedBody(document, links, toc, ids, rawHtml);
    }

    /// <param name="diagnostics">Where the sanitizer reports; null for a language whose body was reported already.</param>
    private RenderedContent Render(ParsedBody? parsed, LocalizedItem localized, string destination, UiStrings strings,
        Core.Diagnostics.IDiagnosticSink? diagnostics)
    {
        if (parsed is null)
        {
            return new RenderedContent(localized, destination, "", [], new HashSet<string>(StringComparer.Ordinal), [], new Dictionary<string, string>());
        }
        parsed.Links.UseTitlesIn(localized.Language);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        markdig.Setup(renderer);
        if (renderer.ObjectRenderers.FindExact<AlertBlockRenderer>() is { } alerts)
        {
            alerts.RenderKind = (html, kind) => html.Write("<p class=\"markdown-alert-title\">")
                .Write(WebUtility.HtmlEncode(strings.Find(localized.Language, "alert." + kind.ToString().ToLowerInvariant()) ?? kind.ToString()))
                .Write("</p>\n");
        }
        renderer.Render(parsed.Document);
        writer.Flush();
        // The boxes are our own markup, put in after the sanitizer has checked what the author wrote.
        var html = TaskBoxes.Replace(ContentSanitizer.Sanitize(writer.ToString(), parsed.RawHtml, localized.Shown, diagnostics),
            strings.Find(localized.Language, "task.todo") ?? "To do", strings.Find(localized.Language, "task.done") ?? "Done");
        return new RenderedContent(localized, destination, html, parsed.Toc, parsed.HeadingIds, parsed.Links.Xrefs, parsed.Links.AssetFiles)
        {
            XrefAnchors = parsed.Links.XrefAnchors,
        };
    }

    /// <remarks>Used by one thread at a time: the pages of one file are rendered one after the other.</remarks>
    private sealed record ParsedBody(MarkdownDocument Document, LinkRewriter Links, IReadOnlyList<TocEntry> Toc, IReadOnlySet<string> HeadingIds,
        IReadOnlyList<RawHtmlFragment> RawHtml);
}
