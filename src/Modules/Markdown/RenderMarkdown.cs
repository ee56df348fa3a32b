using System.Globalization;
using System.Net;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Syntax;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Markdown.Links;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Renders one content file's Markdown to HTML for every page showing it: parses the file once, checks raw HTML,
/// rewrites links, builds the table of contents, then renders it once per language, labelling alerts in that language.</summary>
/// <remarks>Every page of a file (a source and its fallbacks in the languages without a translation) sits at the same
/// depth in its language's tree, so the links resolved for one hold for all of them; only xref titles and alert labels
/// change with the language, and the parsed tree holds neither. Reads the catalog as links see it (<see cref="LinkCatalog"/>, no translation statuses) for link targets and the theme for
/// the UI strings; links ask the disk whether the files they name exist, so it reads the input folder's listing too,
/// which is what a cached rendering is keyed by. The catalog is read lookup by lookup (<see cref="Core.Caching.ITrackedReads"/>):
/// a cached rendering is kept while every item its links looked up is the same.</remarks>
public sealed class RenderMarkdown(MarkdownPipeline markdig, Output<LinkCatalog> catalog, Output<Theme> theme, Output<Sources.InputListing> inputFiles)
    : EachModule<MarkdownFile, RenderedFile>(catalog, theme, inputFiles)
{
    /// <summary>True when every renderer of the pipeline is the site's own: see <see cref="WithSiteRenderers"/>.</summary>
    private bool SiteRenderers { get; init; }

    // Each body is rendered into a builder an earlier one used: only the rendered string is new.
    private readonly StringBuilderPool _builders = new();

    /// <summary>Rendering with the site's own pipeline (<see cref="MarkdownPipelineFactory"/>), whose renderers escape every
    /// text and write only allowed elements and attributes, with every link and image URL already checked against
    /// <see cref="UrlPolicy"/> (MarkdownLinks): a body with no raw HTML comes out as the sanitizer would leave it, so it is not
    /// parsed again. A body with raw HTML, and every body of a host's pipeline, goes through <see cref="ContentSanitizer"/>;
    /// the tests build sites both ways, hostile and fuzzed bodies included, and compare the bytes.</summary>
    public static RenderMarkdown WithSiteRenderers(MarkdownPipeline markdig, Output<LinkCatalog> catalog, Output<Theme> theme,
        Output<Sources.InputListing> inputFiles) => new(markdig, catalog, theme, inputFiles) { SiteRenderers = true };

    public override RenderedFile Process(MarkdownFile item, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Read(catalog);
        var strings = context.Read(theme).Strings;
        var urls = SiteUrls.For(context.Options, site.Settings);
        var first = item.First;
        var links = new CatalogLinkResolver(site, urls, new DiskInputFiles(context.Options.InputDirectory));
        var parsed = Parse(new LinkingPage(first.Shown, first.Language, SitePaths.Of(first.Source, first.Language), context.Options.Offline is not null),
            item.Body.ToString(), links, context.Diagnostics);
        // A withheld file is not published, but check lists its problems too: it is rendered where it would be, then dropped.
        if (item.Withheld)
        {
            Render(parsed, first, SitePaths.Of(first.Source, first.Language), strings, context.Diagnostics, [], []);
            return new RenderedFile([]);
        }
        // Reported once, for the page whose links were rewritten; every language's page is sanitized, and a language whose
        // HTML came out the same as an earlier one's (a fallback page whose links name no translated title) gets its result,
        // and keeps one copy of it.
        var sanitized = new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = new Dictionary<string, Utf8Text>(StringComparer.Ordinal);
        return new RenderedFile([.. item.Pages.Select(localized => Render(parsed, localized, SitePaths.Of(localized.Source, localized.Language), strings,
            localized == first ? context.Diagnostics : null, sanitized, kept))]);
    }

    /// <summary>The file parsed for <paramref name="page"/> from its <paramref name="body"/>, its links resolved and its
    /// content checked: language-neutral, rendered for every language that shows the file. Null when Markdig refuses it
    /// (reported).</summary>
    private ParsedBody? Parse(LinkingPage page, string body, ILinkResolver links, IDiagnosticSink diagnostics)
    {
        var item = page.Item;
        if (NestingLimit.FirstLineTooDeep(body) is var tooDeep and >= 0)
        {
            diagnostics.Report(DiagnosticCodes.MarkdownTooDeep, BodyLocations.At(item, tooDeep, 0));
            return null;
        }
        var linkContext = new PageLinkContext(page, links, diagnostics);
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, markdig, linkContext.ToParserContext());
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested past its depth limit (thousands of '>' or '['), where recursion would overflow
            // the stack; it says so with an ArgumentException, not where. Report the body's first line; the build goes on.
            var firstLine = body.AsSpan(0, body.Length - body.TrimStart().Length).Count('\n');
            diagnostics.Report(DiagnosticCodes.MarkdownTooDeep, BodyLocations.At(item, firstLine, 0));
            return null;
        }
        var rawHtml = RawHtmlFragment.In(document, new BodyText(body)).ToList();
        ContentChecks.Run(document, rawHtml, item, body, diagnostics);
        new RawHtmlLinks(linkContext).Rewrite(rawHtml);
        return new ParsedBody(document, links, rawHtml, linkContext.Xrefs, linkContext.XrefAnchors, linkContext.AssetFiles);
    }

    /// <param name="diagnostics">Where the sanitizer reports; null for a language whose body was reported already.</param>
    /// <param name="sanitized">The sanitizer's results for this file's earlier languages, by the HTML they were given.</param>
    /// <param name="kept">The HTML this file's earlier languages keep, by its text.</param>
    private RenderedContent Render(ParsedBody? parsed, LocalizedItem localized, string destination, UiStrings strings,
        IDiagnosticSink? diagnostics, Dictionary<string, string> sanitized, Dictionary<string, Utf8Text> kept)
    {
        if (parsed is null)
        {
            return new RenderedContent(localized, destination, "", [], new HashSet<string>(StringComparer.Ordinal), [], new Dictionary<string, string>());
        }
        var rendered = RenderHtml(parsed, localized.Language, strings);
        var (toc, ids) = TocBuilder.Build(parsed.Document, uid => parsed.Links.TitleOf(uid, localized.Language));
        // The boxes are our own markup, put in after the sanitizer has checked what the author wrote.
        if (!sanitized.TryGetValue(rendered, out var clean))
        {
            clean = SiteRenderers && parsed.RawHtml.Count == 0 ? rendered : ContentSanitizer.Sanitize(rendered, parsed.RawHtml, localized.Shown, diagnostics);
            sanitized[rendered] = clean;
        }
        var html = TaskBoxes.Replace(clean,
            strings.Find(localized.Language, "task.todo") ?? "To do", strings.Find(localized.Language, "task.done") ?? "Done");
        if (!kept.TryGetValue(html, out var text)) kept[html] = text = Utf8Text.From(html);
        return new RenderedContent(localized, destination, text, toc, ids, parsed.Xrefs, parsed.AssetFiles)
        {
            XrefAnchors = parsed.XrefAnchors,
        };
    }

    private string RenderHtml(ParsedBody parsed, string language, UiStrings strings)
    {
        var builder = _builders.Rent();
        try
        {
            using var writer = new StringWriter(builder, CultureInfo.InvariantCulture);
            var renderer = new PageHtmlRenderer(writer, language, parsed.Links);
            markdig.Setup(renderer);
            if (renderer.ObjectRenderers.FindExact<AlertBlockRenderer>() is { } alerts)
            {
                alerts.RenderKind = (html, kind) => html.Write("<p class=\"markdown-alert-title\">")
                    .Write(WebUtility.HtmlEncode(strings.Find(language, "alert." + kind.ToString().ToLowerInvariant()) ?? kind.ToString()))
                    .Write("</p>\n");
            }
            renderer.Render(parsed.Document);
            writer.Flush();
            return builder.ToString();
        }
        finally
        {
            _builders.Return(builder);
        }
    }

    /// <summary>A parsed file: the tree names uids, not titles, so any thread may render it for any language.</summary>
    private sealed record ParsedBody(MarkdownDocument Document, ILinkResolver Links, IReadOnlyList<RawHtmlFragment> RawHtml,
        IReadOnlyList<Located<string>> Xrefs, IReadOnlyList<XrefAnchor> XrefAnchors, IReadOnlyDictionary<string, string> AssetFiles);
}
