using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>Text in XLIFF: characters XML cannot carry are written as <c>&lt;cp hex="…"/&gt;</c> and read back.</summary>
public static class XliffText
{
    public static void Write(XmlWriter writer, string text)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        var run = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                run.Append(c).Append(text[++i]);
                continue;
            }
            if (XmlConvert.IsXmlChar(c))
            {
                run.Append(c);
                continue;
            }
            if (run.Length > 0) writer.WriteString(run.ToString());
            run.Clear();
            writer.WriteStartElement("cp", XliffNames.CoreNamespace);
            writer.WriteAttributeString("hex", ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            writer.WriteEndElement();
        }
        if (run.Length > 0) writer.WriteString(run.ToString());
    }

    /// <summary>The text of an element holding only text and <c>&lt;cp&gt;</c>.</summary>
    public static string Read(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var builder = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            if (node is XText text) builder.Append(text.Value);
            else if (node is XElement { Name.LocalName: "cp" } cp && CodePoint(cp) is { } c) builder.Append(c);
        }
        return builder.ToString();
    }

    public static char? CodePoint(XElement cp)
    {
        ArgumentNullException.ThrowIfNull(cp);
        return int.TryParse((string?)cp.Attribute("hex"), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 0xFFFF
            ? (char)value : null;
    }
}
