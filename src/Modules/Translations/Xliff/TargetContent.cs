using System.Text;
using System.Xml.Linq;

namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>A target read back into Markdown: text as written, each inline code replaced by its original data.</summary>
/// <param name="Codes">The code ids met, in order.</param>
/// <param name="Unknown">Codes whose data the unit does not define.</param>
public sealed record TargetContent(string Text, IReadOnlyList<string> Codes, IReadOnlyList<string> Unknown)
{
    public static TargetContent Read(IEnumerable<XElement> parts, IReadOnlyDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(data);
        var builder = new StringBuilder();
        var codes = new List<string>();
        var unknown = new List<string>();
        foreach (var part in parts) Append(part, builder, codes, unknown, data);
        return new TargetContent(builder.ToString(), codes, unknown);
    }

    private static void Append(XElement element, StringBuilder builder, List<string> codes, List<string> unknown, IReadOnlyDictionary<string, string> data)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    builder.Append(text.Value);
                    break;
                case XElement child:
                    var id = (string?)child.Attribute("id") ?? "";
                    switch (child.Name.LocalName)
                    {
                        case "cp":
                            if (XliffText.CodePoint(child) is { } c) builder.Append(c);
                            break;
                        case "ph" or "sc" or "ec":
                            codes.Add(id);
                            Data(child, "dataRef", builder, unknown, data, id);
                            break;
                        case "pc":
                            codes.Add(id);
                            Data(child, "dataRefStart", builder, unknown, data, id);
                            Append(child, builder, codes, unknown, data);
                            Data(child, "dataRefEnd", builder, unknown, data, id);
                            break;
                        default:
                            // mrk, sm, em: annotations a CAT tool may add; their content is the text.
                            Append(child, builder, codes, unknown, data);
                            break;
                    }
                    break;
            }
        }
    }

    private static void Data(XElement code, string attribute, StringBuilder builder, List<string> unknown, IReadOnlyDictionary<string, string> data, string id)
    {
        if ((string?)code.Attribute(attribute) is { } reference && data.TryGetValue(reference, out var text)) builder.Append(text);
        else if (!unknown.Contains(id)) unknown.Add(id);
    }
}
