namespace StatiqGuides.Core.Content;

/// <summary>What a URL written in content is: a web address a reader can follow, or one that runs script.</summary>
public static class WebAddresses
{
    /// <summary>An absolute http(s) address with a host, and nothing a browser would read differently (spaces, controls).</summary>
    public static bool IsWebAddress(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Length > 0
            && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) && value.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);
    }

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
}
