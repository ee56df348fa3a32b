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
        // One pass: a print page nests a hundred bodies, and a heading tag, an id and a same-page link never overlap.
        return Nestable().Replace(html, m => m.Groups["level"].Success
            ? $"<{m.Groups["close"].Value}h{int.Parse(m.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}"
            : m.Groups["id"].Success
                ? $"{m.Groups["before"].Value}id=\"{prefix}--{m.Groups["id"].Value}\""
                : $"{m.Groups["before"].Value}href=\"#{prefix}--{m.Groups["target"].Value}\"");
    }

    [GeneratedRegex("<(?<close>/?)[hH](?<level>[1-5])(?=[\\s>])|(?<before>\\s)(?:id=\"(?<id>[^\"]*)\"|href=\"#(?<target>[^\"]*)\")",
        RegexOptions.CultureInvariant)]
    private static partial Regex Nestable();
}
