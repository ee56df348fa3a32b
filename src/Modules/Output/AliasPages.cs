using System.Net;
using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Output;

/// <summary>An HTML page at each alias: a meta refresh, a canonical link and a visible link to the page that replaced
/// it, in that page's language. Netlify's _redirects does the same with a 301, but only on Netlify: these pages work on
/// any static host and inside offline bundles, where the link is relative and names its file.</summary>
public static class AliasPages
{
    public static IEnumerable<OutputFile> Write(SiteCatalog catalog, SiteUrls links, SiteUrls online, UiStrings? strings)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(online);
        var language = catalog.Settings.DefaultLanguage;
        foreach (var (alias, item) in catalog.Items
            .SelectMany(i => i.FrontMatter.Aliases.Select(a => (Alias: a.Value, Item: i)))
            .OrderBy(x => x.Alias, StringComparer.Ordinal))
        {
            var path = PathOf(alias);
            var target = SitePaths.Of(item, language);
            var href = WebUtility.HtmlEncode(links.Relative(path, target));
            var title = WebUtility.HtmlEncode(item.Title);
            var heading = WebUtility.HtmlEncode(strings?.Find(language, "redirect.title") ?? "This page has moved");
            var text = WebUtility.HtmlEncode(strings?.Find(language, "redirect.text") ?? "This page is now at");
            yield return OutputFile.FromText(path, $"""
                <!DOCTYPE html>
                <html lang="{language}">
                <head>
                <meta charset="utf-8">
                <title>{heading}: {title}</title>
                <meta name="robots" content="noindex">
                <link rel="canonical" href="{WebUtility.HtmlEncode(online.Absolute(target))}">
                <meta http-equiv="refresh" content="0; url={href}">
                </head>
                <body>
                <h1>{heading}</h1>
                <p>{text} <a href="{href}">{title}</a>.</p>
                </body>
                </html>

                """);
        }
    }

    /// <summary>The file an alias is served from: <c>/guides/old/</c> and <c>/guides/old</c> are
    /// <c>guides/old/index.html</c>; <c>/old.html</c> is itself.</summary>
    public static string PathOf(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        var trimmed = alias.Trim('/');
        return trimmed.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? trimmed
            : (trimmed.Length == 0 ? "index.html" : trimmed + "/index.html");
    }
}
