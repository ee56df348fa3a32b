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
        var links = new CatalogLinkResolver(catalog, urls, new DiskInputFiles(context.Options.InputDirectory));
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
                    var rendered = context.Memo(CacheScope, key, sink => ParseAndRender(first, localized, destination, links, strings, context, sink));
                    results[index] = new Document(destination, rendered with { Localized = localized }, destination).WithMetadata(KeyMetadata, key);
                }
                return;
            }
            var parsed = Parse(LinkingPageOf(first, context), links, context.Diagnostics);
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
                    sink => ParseAndRender(shown, shown, destination, links, strings, context, sink));
                return;
            }
            ParseAndRender(shown, shown, destination, links, strings, context, context.Diagnostics);
        });
        return ValueTask.FromResult<IReadOnlyList<Document>>(results);
    }

    /// <summary>One page on its own, for a build session's cache: what it reports goes to <paramref name="sink"/>, which
    /// the cache replays while the page is kept.</summary>
    private RenderedContent ParseAndRender(LocalizedItem first, LocalizedItem localized, string destination, ILinkResolver links,
        UiStrings strings, BuildContext context, Core.Diagnostics.IDiagnosticSink sink)
    {
        var parsed = Parse(LinkingPageOf(first, context), links, sink);
        return Render(parsed, localized, destination, strings, sink);
    }

    /// <summary>The page a file's links are resolved for: the first of its pages that is written.</summary>
    private static LinkingPage LinkingPageOf(LocalizedItem first, BuildContext context) =>
        new(first.Shown, first.Language, SitePaths.Of(first.Source, first.Language), context.Options.Offline is not null);

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

    /// <summary>The file parsed for <paramref name="page"/>, its links resolved and its content checked: language-neutral,
    /// rendered for every language that shows the file. Null when Markdig refuses it (reported).</summary>
    private ParsedBody? Parse(LinkingPage page, ILinkResolver links, IDiagnosticSink diagnostics)
    {
        var item = page.Item;
        if (NestingLimit.FirstLineTooDeep(item.Body) is var tooDeep and >= 0)
        {
            diagnostics.Report(DiagnosticCodes.MarkdownTooDeep, BodyLocations.At(item, tooDeep, 0));
            return null;
        }
        var linkContext = new PageLinkContext(page, links, diagnostics);
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(item.Body, markdig, linkContext.ToParserContext());
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested past its depth limit (thousands of '>' or '['), where recursion would overflow
            // the stack; it says so with an ArgumentException, not where. Report the body's first line; the build goes on.
            var firstLine = item.Body.AsSpan(0, item.Body.Length - item.Body.TrimStart().Length).Count('\n');
            diagnostics.Report(DiagnosticCodes.MarkdownTooDeep, BodyLocations.At(item, firstLine, 0));
            return null;
        }
        var rawHtml = RawHtmlFragment.In(document, new BodyText(item.Body)).ToList();
        ContentChecks.Run(document, rawHtml, item, diagnostics);
        new RawHtmlLinks(linkContext).Rewrite(rawHtml);
        return new ParsedBody(document, links, rawHtml, linkContext.Xrefs, linkContext.XrefAnchors, linkContext.AssetFiles);
    }

    /// <param name="diagnostics">Where the sanitizer reports; null for a language whose body was reported already.</param>
    private RenderedContent Render(ParsedBody? parsed, LocalizedItem localized, string destination, UiStrings strings,
        IDiagnosticSink? diagnostics)
    {
        if (parsed is null)
        {
            return new RenderedContent(localized, destination, "", [], new HashSet<string>(StringComparer.Ordinal), [], new Dictionary<string, string>());
        }
        using var writer = new StringWriter();
        var renderer = new PageHtmlRenderer(writer, localized.Language, parsed.Links);
        markdig.Setup(renderer);
        if (renderer.ObjectRenderers.FindExact<AlertBlockRenderer>() is { } alerts)
        {
            alerts.RenderKind = (html, kind) => html.Write("<p class=\"markdown-alert-title\">")
                .Write(WebUtility.HtmlEncode(strings.Find(localized.Language, "alert." + kind.ToString().ToLowerInvariant()) ?? kind.ToString()))
                .Write("</p>\n");
        }
        renderer.Render(parsed.Document);
        writer.Flush();
        var (toc, ids) = TocBuilder.Build(parsed.Document, uid => parsed.Links.TitleOf(uid, localized.Language));
        // The boxes are our own markup, put in after the sanitizer has checked what the author wrote.
        var html = TaskBoxes.Replace(ContentSanitizer.Sanitize(writer.ToString(), parsed.RawHtml, localized.Shown, diagnostics),
            strings.Find(localized.Language, "task.todo") ?? "To do", strings.Find(localized.Language, "task.done") ?? "Done");
        return new RenderedContent(localized, destination, html, toc, ids, parsed.Xrefs, parsed.AssetFiles)
        {
            XrefAnchors = parsed.XrefAnchors,
        };
    }

    /// <summary>A parsed file: the tree names uids, not titles, so any thread may render it for any language.</summary>
    private sealed record ParsedBody(MarkdownDocument Document, ILinkResolver Links, IReadOnlyList<RawHtmlFragment> RawHtml,
        IReadOnlyList<Located<string>> Xrefs, IReadOnlyList<XrefAnchor> XrefAnchors, IReadOnlyDictionary<string, string> AssetFiles);
}
