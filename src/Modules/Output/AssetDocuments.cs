using System.Xml;

namespace StatiqGuides.Modules.Output;

/// <summary>Input files a browser would open as a document of the site's origin, where script runs: HTML and XML
/// documents are refused; an SVG image is published only when, read as the browser reads it (XML, namespaces), it holds
/// nothing but drawing: no script, no event attribute, no style, no link, no foreign object, no DTD or entity.</summary>
public static class AssetDocuments
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    private static readonly HashSet<string> Refused = new(
        [".html", ".htm", ".xhtml", ".xht", ".shtml", ".mht", ".mhtml", ".xml", ".xsl", ".xslt", ".svgz", ".hta", ".swf"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> SvgElements = new(
    [
        "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "title", "desc",
        "defs", "linearGradient", "radialGradient", "stop", "symbol", "clipPath", "mask", "pattern", "marker", "metadata",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string> SvgAttributes = new(
    [
        "id", "class", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "width", "height", "viewBox", "d",
        "points", "transform", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
        "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit", "opacity",
        "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline", "letter-spacing",
        "dx", "dy", "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod", "fx", "fy",
        "preserveAspectRatio", "version", "role", "aria-label", "aria-hidden", "clip-path", "clip-rule", "mask",
        "clipPathUnits", "maskUnits", "patternUnits", "markerWidth", "markerHeight", "refX", "refY", "orient", "lang",
        "baseProfile", "visibility", "display",
    ], StringComparer.Ordinal);

    /// <returns>Null when the file may be published as it is, else what is wrong with it.</returns>
    public static string? Problem(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        if (Refused.Contains(extension)) return $"the type {extension.ToLowerInvariant()}, a document that can run script";
        return extension.Equals(".svg", StringComparison.OrdinalIgnoreCase) ? SvgProblem(path) : null;
    }

    private static string? SvgProblem(string path)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var reader = XmlReader.Create(path, settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (reader.NamespaceURI != SvgNamespace || !SvgElements.Contains(reader.LocalName))
                        {
                            return $"the element <{reader.Name}>";
                        }
                        if (reader.MoveToFirstAttribute())
                        {
                            do
                            {
                                if (AttributeProblem(reader) is { } problem) return problem;
                            }
                            while (reader.MoveToNextAttribute());
                            reader.MoveToElement();
                        }
                        break;
                    case XmlNodeType.ProcessingInstruction:
                        return $"the processing instruction <?{reader.Name}?>";
                    case XmlNodeType.EntityReference:
                    case XmlNodeType.DocumentType:
                        return "a document type or entity";
                }
            }
            return null;
        }
        catch (XmlException exception)
        {
            return $"XML a browser cannot read safely ({exception.Message})";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"a file that cannot be read ({exception.Message})";
        }
    }

    private static string? AttributeProblem(XmlReader reader)
    {
        if (reader.Prefix == "xmlns" || (reader.Prefix.Length == 0 && reader.LocalName == "xmlns"))
        {
            // Declaring the SVG namespace is what every SVG does; declaring any other lets its elements and attributes in.
            return reader.Value == SvgNamespace || reader.Value == "http://www.w3.org/1999/xlink" ? null : $"the namespace '{reader.Value}'";
        }
        if (reader.NamespaceURI.Length > 0) return reader.NamespaceURI == "http://www.w3.org/XML/1998/namespace" ? null : $"the attribute '{reader.Name}'";
        if (!SvgAttributes.Contains(reader.LocalName)) return $"the attribute '{reader.Name}'";
        return reader.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) && !reader.Value.Replace(" ", "", StringComparison.Ordinal).Contains("url(#", StringComparison.OrdinalIgnoreCase)
            ? $"the reference '{reader.Value}' to another document"
            : null;
    }
}
