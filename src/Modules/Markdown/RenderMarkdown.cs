using System.Net;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Syntax;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Renders every page's Markdown, in every language, to HTML in parallel: parses once, checks raw HTML, rewrites links,
/// builds the table of contents, and labels alerts in the page's language.</summary>
public sealed class RenderMarkdown(MarkdownPipeline markdig, string catalogPipeline, string themePipeline) : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        var catalog = context.SharedOf<SiteCatalog>(catalogPipeline);
        var strings = context.SharedOf<Theme>(themePipeline).Strings;
        var urls = SiteUrls.For(context.Options, catalog.Settings);
        // Every item in every language: a translation, or the source under that language's UI (a fallback).
        var pages = catalog.Settings.Languages.SelectMany(l => catalog.Items.Select(i => catalog.Localize(i, l))).ToList();
        var results = new Document[pages.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = context.MaxParallelism };
        Parallel.For(0, pages.Count, options, i =>
        {
            var localized = pages[i];
            var destination = SitePaths.Of(localized.Source, localized.Language);
            var page = new PageLinkContext(localized.Shown, localized.Language, destination, catalog, urls, context.Options.InputDirectory, context.Diagnostics);
            results[i] = new Document(destination, Render(localized, page, strings), destination);
        });
        return ValueTask.FromResult<IReadOnlyList<Document>>(results);
    }

    private RenderedContent Render(LocalizedItem localized, PageLinkContext page, UiStrings strings)
    {
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
            return new RenderedContent(localized, page.Destination, "", [], new HashSet<string>(StringComparer.Ordinal), [], new Dictionary<string, string>());
        }
        UnsafeHtmlScanner.Scan(document, page.Item, page.Diagnostics);
        var links = new LinkRewriter(page);
        links.Rewrite(document);
        var (toc, ids) = TocBuilder.Build(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        markdig.Setup(renderer);
        if (renderer.ObjectRenderers.FindExact<AlertBlockRenderer>() is { } alerts)
        {
            alerts.RenderKind = (html, kind) => html.Write("<p class=\"markdown-alert-title\">")
                .Write(WebUtility.HtmlEncode(strings.Find(page.Language, "alert." + kind.ToString().ToLowerInvariant()) ?? kind.ToString()))
                .Write("</p>\n");
        }
        renderer.Render(document);
        writer.Flush();
        return new RenderedContent(localized, page.Destination, writer.ToString(), toc, ids, links.Xrefs, links.AssetFiles)
        {
            XrefAnchors = links.XrefAnchors,
        };
    }
}
