using System.Text.RegularExpressions;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Recognises URLs that run script when followed.</summary>
public static partial class UnsafeUrls
{
    /// <summary>True for javascript: and vbscript: URLs, however disguised with case, spaces or control characters.</summary>
    /// <param name="url">The URL as a browser reads it: character references already decoded (AngleSharp does it for raw
    /// HTML attributes, Markdig for Markdown link destinations). Decoding again would misread <c>&amp;amp;colon;</c>.</param>
    public static bool IsScript(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        // Browsers drop tabs and newlines anywhere in a URL and leading spaces and controls; dropping every space is stricter.
        var compact = string.Concat(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase);
    }

    public static bool HasScheme(string url) => Scheme().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
