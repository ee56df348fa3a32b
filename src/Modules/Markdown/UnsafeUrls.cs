using System.Net;
using System.Text.RegularExpressions;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Recognises URLs that run script when followed.</summary>
public static partial class UnsafeUrls
{
    /// <summary>True for javascript: and vbscript: URLs, however they are disguised with case, entities or spaces.</summary>
    public static bool IsScript(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var decoded = WebUtility.HtmlDecode(url);
        var compact = string.Concat(decoded.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase);
    }

    public static bool HasScheme(string url) => Scheme().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
