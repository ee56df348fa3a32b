using System.Text.RegularExpressions;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Recognises URLs on another host (http://, https:// and protocol-relative //), which a page opened from disk
/// cannot load, and the CSS that names them.</summary>
public static partial class ForeignUrls
{
    /// <summary>True for a URL that names another host. Browsers read a backslash as a slash and drop spaces around it.</summary>
    public static bool IsForeign(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim().Replace('\\', '/');
        return trimmed.StartsWith("//", StringComparison.Ordinal)
            || trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The https:// URL a reader can follow instead: http:// and // upgraded, since an offline bundle names no
    /// other scheme in what it points at.</summary>
    public static string ToHttps(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim().Replace('\\', '/');
        if (trimmed.StartsWith("//", StringComparison.Ordinal)) return "https:" + trimmed;
        if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) return "https://" + trimmed["http://".Length..];
        return "https://" + trimmed["https://".Length..];
    }

    /// <summary>The URLs of a srcset attribute, in order.</summary>
    public static IEnumerable<string> InSrcset(string srcset)
    {
        ArgumentNullException.ThrowIfNull(srcset);
        foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var end = candidate.IndexOfAny([' ', '\t', '\n']);
            yield return end < 0 ? candidate : candidate[..end];
        }
    }

    /// <summary>Every <c>url(…)</c> and <c>@import "…"</c> of some CSS that names another host.</summary>
    public static IEnumerable<Match> InCss(string css)
    {
        ArgumentNullException.ThrowIfNull(css);
        return CssReference().Matches(css).Where(m => IsForeign(m.Groups["url"].Value));
    }

    /// <summary>The CSS with every reference to another host taken out: <c>@import</c> rules dropped, <c>url()</c> made
    /// <c>none</c>.</summary>
    public static string StripFromCss(string css)
    {
        ArgumentNullException.ThrowIfNull(css);
        var withoutImports = ImportRule().Replace(css, m => IsForeign(m.Groups["url"].Value) ? "" : m.Value);
        return CssReference().Replace(withoutImports, m => IsForeign(m.Groups["url"].Value) ? "none" : m.Value);
    }

    [GeneratedRegex("""url\(\s*(?<q>['"]?)(?<url>[^'")]*)\k<q>\s*\)|@import\s+(?<q>['"])(?<url>[^'"]*)\k<q>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CssReference();

    [GeneratedRegex("""@import\s+(?:url\(\s*(?<q>['"]?)(?<url>[^'")]*)\k<q>\s*\)|(?<q>['"])(?<url>[^'"]*)\k<q>)[^;]*;?""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImportRule();
}
