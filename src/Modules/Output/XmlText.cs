using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace StatiqGuides.Modules.Output;

/// <summary>Serialises XML the same way every time: UTF-8 declaration, two-space indent, '\n' line endings.</summary>
public static class XmlText
{
    public static string Serialize(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Write(document.Save);
    }

    /// <summary>The XML <paramref name="write"/> writes, element by element: a large file (the sitemap) is not built as a
    /// tree first.</summary>
    public static string Write(Action<XmlWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            write(writer);
        }
        return WrittenText.Of(stream);
    }
}
