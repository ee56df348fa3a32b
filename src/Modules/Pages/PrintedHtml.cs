using System.Text.RegularExpressions;

namespace StatiqGuides.Modules.Pages;

/// <summary>Fits a guide's rendered body into a page that holds several guides.</summary>
/// <remarks>Works on the HTML the Markdown pipeline wrote, where quotes in text are always escaped, so an
/// <c>id="</c> or <c>href="#</c> can only be an attribute.</remarks>
public static partial class PrintedHtml
{
    /// <summary>Moves headings one level down (the guide's title is the h2) and prefixes ids and same-page links with
    /// <paramref name="prefix"/>, since every guide has its own "background" heading and footnote "fn:1".</summary>
    public static string Nest(string html, string prefix)
    {
        ArgumentNullException.ThrowIfNull(html);
        var nested = Heading().Replace(html, m => $"<{m.Groups[1].Value}h{int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}");
        nested = Id().Replace(nested, m => $"{m.Groups[1].Value}id=\"{prefix}--{m.Groups[2].Value}\"");
        return Anchor().Replace(nested, m => $"{m.Groups[1].Value}href=\"#{prefix}--{m.Groups[2].Value}\"");
    }

    [GeneratedRegex("<(/?)h([1-5])(?=[\\s>])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex("(\\s)id=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Id();

    [GeneratedRegex("(\\s)href=\"#([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();
}
