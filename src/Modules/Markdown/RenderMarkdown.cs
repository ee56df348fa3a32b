using System.Net;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Renders every page's Markdown, in every language, to HTML in parallel: parses once, checks raw HTML, rewrites links,
/// builds the table of contents, and labels alerts in the page's language.</summary>
/// <remarks>In a build session a page is rendered again only when its text changed, or what its links are made of: the
/// set of files and each item's uid, place and title (<see cref="LinkShape"/>). Editing a summary or tags renders
/// nothing again but that file.</remarks>
public sealed class RenderMarkdown(MarkdownPipeline markdig, string catalogPipeline, string themePipeline, string? fingerprintPipeline = null) : IModule
{
    public const string CacheScope = "markdown";

    /// <summary>The metadata key of each output document's cache key, which later modules build theirs on.</summary>
    public const string KeyMetadata = "sg.markdown-key";

    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        var catalog = context.SharedOf<SiteCatalog>(catalogPipeline);
        var strings = context.SharedOf<Theme>(themePipeline).Strings;
        var urls = new SiteUrls(catalog.Settings.BaseUrl, LinkStyle.Server);
        var fingerprint = fingerprintPipeline is null || context.Cache is null ? null : context.SharedOf<Sources.ContentFingerprint>(fingerprintPipeline);
        var linkShape = fingerprint is null ? "" : LinkShape(catalog);
        // Every item in every language: a translation, or the source under that language's UI (a fallback).
        var pages = catalog.Settings.Languages.SelectMany(l => catalog.Items.Select(i => catalog.Localize(i, l))).ToList();
        var results = new Document[pages.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = context.MaxParallelism };
        Parallel.For(0, pages.Count, options, i =>
        {
            var localized = pages[i];
            var destination = SitePaths.Of(localized.Source, localized.Language);
            if (fingerprint?.BodyHashOf(localized.Shown.DisplayPath) is not { } bodyHash)
            {
                var page = new PageLinkContext(localized.Shown, localized.Language, destination, catalog, urls, context.Options.InputDirectory, context.Diagnostics);
                results[i] = new Document(destination, Render(localized, page, strings), destination);
                return;
            }
            // The body's first line matters too: diagnostics carry file lines, and front matter may have grown.
            var key = $"{destination}|{localized.Shown.DisplayPath}|{bodyHash}|{localized.Shown.BodyLineOffset}|{linkShape}";
            var rendered = context.Memo(CacheScope, key, sink =>
                Render(localized, new PageLinkContext(localized.Shown, localized.Language, destination, catalog, urls, context.Options.InputDirectory, sink), strings));
            results[i] = new Document(destination, rendered with { Localized = localized }, destination) { Metadata = Empty.SetItem(KeyMetadata, key) };
        });
        return ValueTask.FromResult<IReadOnlyList<Document>>(results);
    }

    /// <summary>A hash of everything link rewriting reads from the catalog: which files exist, and each item's uid,
    /// kind, section, slug, language and title.</summary>
    public static string LinkShape(SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var item in catalog.Items.Concat(catalog.Translations).OrderBy(i => i.FullPath, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{item.FullPath}\0{item.Uid}\0{item.Kind}\0{item.SectionId}\0{item.Slug}\0{item.Language}\0{item.Title}\n"));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    private static readonly System.Collections.Immutable.ImmutableSortedDictionary<string, object?> Empty =
        System.Collections.Immutable.ImmutableSortedDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal);

    private RenderedContent Render(LocalizedItem localized, PageLinkContext page, UiStrings strings)
    {
        var document = Markdig.Markdown.Parse(page.Item.Body, markdig);
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
