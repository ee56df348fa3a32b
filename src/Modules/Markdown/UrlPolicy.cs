using System.Text.RegularExpressions;

namespace StatiqGuides.Modules.Markdown;

/// <summary>The URLs content may carry (an allow-list): https, http and mailto, relative paths and #fragments; a data: URL
/// only as a raster image. Everything else (javascript:, vbscript:, data: documents, file:, blob:...) can run script or
/// leave the site, and is an error wherever it is written: Markdown links, raw HTML, case-study links.</summary>
public static partial class UrlPolicy
{
    public static IReadOnlyList<string> Schemes { get; } = ["https", "http", "mailto"];

    /// <param name="url">As a browser reads it: character references decoded.</param>
    /// <param name="isImage">Whether the URL is an image's source, where a raster data: URL is allowed.</param>
    public static bool IsAllowed(string url, bool isImage)
    {
        ArgumentNullException.ThrowIfNull(url);
        // Browsers drop tabs and newlines anywhere in a URL, and leading and trailing spaces and controls.
        var compact = string.Concat(url.Where(c => c is not ('\t' or '\n' or '\r'))).Trim(TrimmedByBrowsers);
        if (compact.StartsWith("//", StringComparison.Ordinal) || compact.StartsWith("\\\\", StringComparison.Ordinal)) return true;
        var scheme = Scheme().Match(compact);
        if (!scheme.Success)
        {
            // No scheme before the first '/', '?' or '#': a relative URL, unless a control hides one from us.
            return !compact.Any(char.IsControl);
        }
        var name = scheme.Groups[1].Value;
        if (Schemes.Contains(name, StringComparer.OrdinalIgnoreCase)) return true;
        return isImage && name.Equals("data", StringComparison.OrdinalIgnoreCase) && RasterData().IsMatch(compact);
    }

    private static readonly char[] TrimmedByBrowsers = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^data:image/(png|jpeg|gif|webp|avif)(;base64)?,[A-Za-z0-9+/=%\s]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RasterData();
}
