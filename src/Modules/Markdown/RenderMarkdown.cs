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

/// <summary>Renders every page's Markdown, in every language, to HTML in parallel: parses each file once, checks raw HTML,
/// rewrites links, builds the table of contents, and labels alerts in the page's language.</summary>
/// <remarks>A file shown on several pages (a source and its fallbacks in the languages without a translation) is parsed
/// and rewritten once, then rendered once per language: every page sits at the same depth in its language's tree, so
/// the rewritten relative links hold for all of them; only xref titles and alert labels change with the language.
/// In a build session a page is rendered again only when its text changed, or what its links are made of: the
/// set of files and each item's uid, place and title (<see cref="LinkShape"/>).</remarks>
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
        var urls = SiteUrls.For(context.Options, catalog.Settings);
        var fingerprint = fingerprintPipeline is null || context.Cache is null ? null : context.SharedOf<Sources.ContentFingerprint>(fingerprintPipeline);
        var linkShape = fingerprint is null ? "" : LinkShape(catalog);
        // Every item in every language: a translation, or the source under that language's UI (a fallback).
        var pages = catalog.Settings.Languages.SelectMany(l => catalog.Items.Select(i => catalog.Localize(i, l))).ToList();
        var byFile = pages.Select((page, index) => (page, index))
            .GroupBy(p => p.page.Shown.FullPath, StringComparer.Ordinal)
            .Select(g => g.ToList())
            .ToList();
        var results = new Document[pages.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = context.MaxParallelism };
        Parallel.For(0, byFile.Count, options, i =>
        {
            var group = byFile[i];
            // Links are rewritten for a page that is written: in a one-language bundle the default language's pages are
            // online only, and links written for them would send the bundle's fallback pages to the website.
            var first = group.Select(p => p.page).FirstOrDefault(p => context.Options.Carries(p.Language)) ?? group[0].page;
            if (fingerprint?.BodyHashOf(first.Shown.DisplayPath) is { } bodyHash)
            {
                // The body's first line matters too: diagnostics carry file lines, and front matter may have grown.
                var shared = $"{first.Shown.DisplayPath}|{bodyHash}|{first.Shown.BodyLineOffset}|{linkShape}";
                foreach (var (localized, index) in group)
                {
                    var destination = SitePaths.Of(localized.Source, localized.Language);
                    var key = $"{destination}|{shared}";
                    var rendered = context.Memo(CacheScope, key, sink => ParseAndRender(first, localized, destination, catalog, urls, strings, context, sink));
                    results[index] = new Document(destination, rendered with { Localized = localized }, destination).WithMetadata(KeyMetadata, key);
                }
                return;
            }
            var link = new PageLinkContext(first.Shown, first.Language, SitePaths.Of(first.Source, first.Language), catalog, urls,
                context.Options.InputDirectory, context.Diagnostics) { Offline = context.Options.Offline is not null };
            var parsed = Parse(link);
            foreach (var (localized, index) in group)
            {
                var destination = SitePaths.Of(localized.Source, localized.Language);
                // Reported once, for the page whose links were rewritten; every language's page is sanitized.
                var rendered = Render(parsed, localized, destination, strings, localized == first ? context.Diagnostics : null);
                results[index] = new Document(destination, rendered, destination);
            }
        });
        // A withheld file is not published, but check lists its problems too: it is rendered where it would be, then dropped.
        Parallel.ForEach(catalog.SetAside.Withheld, options, item =>
        {
            var shown = new LocalizedItem(item, item, item.Language, TranslationStatus.Source, null);
            var destination = SitePaths.Of(item, item.Language);
            if (fingerprint?.BodyHashOf(item.DisplayPath) is { } bodyHash)
            {
                context.Memo(CacheScope, $"withheld|{destination}|{item.DisplayPath}|{bodyHash}|{item.BodyLineOffset}|{linkShape}",
                    sink => ParseAndRender(shown, shown, destination, catalog, urls, strings, context, sink));
                return;
            }
            ParseAndRender(shown, shown, destination, catalog, urls, strings, context, context.Diagnostics);
        });
        return ValueTask.FromResult<IReadOnlyList<Document>>(results);
    }

    /// <summary>One page on its own, for a build session's cache: what it reports goes to <paramref name="sink"/>, which
    /// the cache replays while the page is kept.</summary>
    private RenderedContent ParseAndRender(LocalizedItem first, LocalizedItem localized, string destination, SiteCatalog catalog,
        SiteUrls urls, UiStrings strings, BuildContext context, Core.Diagnostics.IDiagnosticSink sink)
    {
        var parsed = Parse(new PageLinkContext(first.Shown, first.Language, SitePaths.Of(first.Source, first.Language), catalog, urls,
            context.Options.InputDirectory, sink) { Offline = context.Options.Offline is not null });
        return Render(parsed, localized, destination, strings, sink);
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
        // Set-aside files are linked to where they would be, and an unreadable uid is not reported.
        foreach (var item in catalog.SetAside.Withheld.Concat(catalog.SetAside.Unreadable).OrderBy(i => i.FullPath, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"set-aside\0{catalog.FindUnreadable(item.Uid) == item}\0"));
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{item.FullPath}\0{item.Uid}\0{item.Kind}\0{item.SectionId}\0{item.Slug}\0{item.Language}\0{item.Title}\n"));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
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
