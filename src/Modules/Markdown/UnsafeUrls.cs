using System.Text.RegularExpressions;

namespace StatiqGuides.Modules.Markdown;

/// <summary>Recognises URLs that run script when followed.</summary>
public static partial class UnsafeUrls
{
    /// <summary>True for javascript: and vbscript: URLs, however disguised (<see cref="Core.Content.WebAddresses.IsScript"/>).</summary>
    public static bool IsScript(string url) => Core.Content.WebAddresses.IsScript(url);

    public static bool HasScheme(string url) => Scheme().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
