using AngleSharp.Dom;

namespace StatiqGuides.Tests.Testing;

/// <summary>Asserts that markup holds nothing that runs script, fetches a document or takes the reader elsewhere.</summary>
public static class NothingRuns
{
    private static readonly HashSet<string> UrlAttributes = new(
        ["href", "src", "srcset", "data", "poster", "action", "formaction", "xlink:href", "background", "cite"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Forbidden = ["script", "base", "meta", "link", "style", "form", "svg", "math", "noscript", "template"];

    /// <summary>No element, anywhere under <paramref name="root"/>, that runs script or fetches a document.</summary>
    public static void Assert(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*").Prepend(root))
        {
            Xunit.Assert.DoesNotContain(element.LocalName, Forbidden);
            foreach (var attribute in element.Attributes)
            {
                Xunit.Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}>");
                Xunit.Assert.NotEqual("srcdoc", attribute.Name);
                if (!UrlAttributes.Contains(attribute.Name)) continue;
                var value = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
                Xunit.Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
                    || (value.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("data:image/png", StringComparison.OrdinalIgnoreCase)),
                    $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
            }
        }
    }
}
