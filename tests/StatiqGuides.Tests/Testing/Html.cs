using AngleSharp.Html;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace StatiqGuides.Tests.Testing;

/// <summary>Parses output pages with AngleSharp, as a browser would.</summary>
public static class Html
{
    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The page parsed and serialised again, indented one element per line: the form golden files are kept in,
    /// so that a change shows as a readable line diff.</summary>
    public static string Normalize(string html)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        Parse(html).ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        return writer.ToString().Trim() + "\n";
    }
}
