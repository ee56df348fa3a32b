using AngleSharp;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace StatiqGuides.Modules.Markdown;

/// <summary>What content HTML may hold: the elements, attributes, CSS properties and URL schemes of prose, and nothing
/// else. An allow-list, so that what a browser grows next is refused until it is added here; no &lt;script&gt;,
/// &lt;style&gt;, &lt;base&gt;, &lt;meta&gt;, &lt;link&gt;, &lt;form&gt;, <c>srcdoc</c> or event attribute.</summary>
public static class HtmlAllowList
{
    private static readonly string[] SideNames = ["top", "right", "bottom", "left"];

    public static IReadOnlySet<string> Tags { get; } = new HashSet<string>(
    [
        "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
        "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre",
        "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "source", "span", "strong", "sub", "summary", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "track", "u", "ul", "var", "wbr", "video", "audio",
        // Markdig's task lists write a disabled checkbox; without a form it submits nothing.
        "input",
        // Embeds of other sites (videos, maps): another origin, and only from http(s) addresses (ForeignEmbeds links
        // them instead in offline bundles).
        "iframe", "object", "embed",
    ], StringComparer.OrdinalIgnoreCase);

    public static IReadOnlySet<string> Attributes { get; } = new HashSet<string>(
    [
        "id", "class", "title", "lang", "dir", "style", "role", "translate", "hidden",
        "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "aria-level", "aria-current",
        "href", "hreflang", "rel", "src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding",
        "cite", "datetime", "colspan", "rowspan", "headers", "scope", "span", "start", "reversed", "value", "open",
        "type", "checked", "disabled", "controls", "muted", "loop", "poster", "preload", "playsinline",
        "kind", "label", "srclang", "default", "media", "data", "allow", "allowfullscreen", "referrerpolicy", "frameborder",
        "align", "valign", "border", "cellpadding", "cellspacing",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Attributes whose value is a URL, each checked against <see cref="UrlPolicy"/>.</summary>
    public static IReadOnlySet<string> UrlAttributes { get; } = new HashSet<string>(
        ["href", "src", "cite", "poster", "data", "action", "formaction", "background", "longdesc", "usemap", "xlink:href", "ping"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Text presentation only: nothing that positions, layers, hides or loads (a transparent full-page link
    /// over the site is a phishing page).</summary>
    public static IReadOnlySet<string> CssProperties { get; } = new HashSet<string>(
    [
        "text-align", "vertical-align", "color", "background-color", "font-weight", "font-style", "font-size",
        "text-decoration", "text-transform", "white-space", "list-style-type", "width", "height", "max-width", "min-width",
        "margin", "margin-top", "margin-right", "margin-bottom", "margin-left", "padding", "padding-top", "padding-right",
        "padding-bottom", "padding-left", "border", "border-width", "border-style", "border-color", "border-collapse",
        "border-top", "border-right", "border-bottom", "border-left", "border-radius",
        .. Sides("border-{0}-width"), .. Sides("border-{0}-style"), .. Sides("border-{0}-color"),
        "border-top-left-radius", "border-top-right-radius", "border-bottom-left-radius", "border-bottom-right-radius",
        "border-image-source", "border-image-slice", "border-image-width", "border-image-outset", "border-image-repeat",
        // Backgrounds: their url() is held to the allowed schemes, and ForeignEmbeds rewrites it offline.
        "background", "background-image", "background-repeat", "background-position", "background-position-x",
        "background-position-y", "background-repeat-x", "background-repeat-y", "background-size", "background-attachment", "background-clip", "background-origin",
        "font-family", "line-height", "text-indent", "letter-spacing", "word-spacing",
    ], StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Sides(string format) =>
        SideNames.Select(side => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, side));

    /// <summary>A fresh, configured sanitizer: its events are per run, so each run gets its own.</summary>
    public static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            // Comments are notes for other authors; conditional ones are refused by ContentSanitizer.
            AllowedTags = new HashSet<string>([.. Tags, "#comment"], StringComparer.OrdinalIgnoreCase),
            AllowDataAttributes = true,
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(CssProperties, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(UrlPolicy.Schemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(UrlAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        return new HtmlSanitizer(options) { KeepChildNodes = false };
    }

    /// <summary>A parser that reads HTML as a browser with script on does (<c>&lt;noscript&gt;</c> is raw text, foreign
    /// content follows SVG and MathML rules), with CSS for the style checks and source positions for the reports.</summary>
    public static HtmlParser CreateParser() =>
        new(new HtmlParserOptions { IsScripting = true, IsKeepingSourceReferences = true }, BrowsingContext.New(ParserConfiguration));

    private static readonly IConfiguration ParserConfiguration = Configuration.Default.WithCss();
}
