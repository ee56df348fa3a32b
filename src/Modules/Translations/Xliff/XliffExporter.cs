using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using StatiqGuides.Modules.Translations.Blocks;

namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>Writes documents as one XLIFF 2.1 file for CAT tools (SPEC §3 <c>translations export</c>): a <c>&lt;file&gt;</c>
/// per document, a <c>&lt;unit&gt;</c> per title, summary and block; Markdown syntax as inline codes whose text is kept in
/// <c>&lt;originalData&gt;</c>, so a translator moves it but cannot edit it.</summary>
public static class XliffExporter
{
    public static string Write(IReadOnlyList<DocumentPlan> documents, string sourceLanguage, string targetLanguage, Func<string, string> displayPath)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(displayPath);
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = false, NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true };
        using (var writer = XmlWriter.Create(builder, settings))
        {
            writer.WriteStartElement("xliff", XliffNames.CoreNamespace);
            writer.WriteAttributeString("xmlns", "sg", null, XliffNames.OwnNamespace);
            writer.WriteAttributeString("version", "2.1");
            writer.WriteAttributeString("srcLang", sourceLanguage);
            writer.WriteAttributeString("trgLang", targetLanguage);
            foreach (var document in documents)
            {
                writer.WriteWhitespace("\n");
                WriteFile(writer, document, displayPath);
            }
            writer.WriteWhitespace("\n");
            writer.WriteEndElement();
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + builder + "\n";
    }

    /// <summary>The first 16 hex digits of SHA-256 over a translation file's text: import refuses a file edited since.</summary>
    public static string TranslationHash(string? text) =>
        text is null ? "none" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private static void WriteFile(XmlWriter writer, DocumentPlan document, Func<string, string> displayPath)
    {
        writer.WriteStartElement("file", XliffNames.CoreNamespace);
        writer.WriteAttributeString("id", "f-" + document.Source.Uid);
        writer.WriteAttributeString("original", displayPath(document.Source.FullPath));
        writer.WriteAttributeString("uid", XliffNames.OwnNamespace, document.Source.Uid);
        writer.WriteAttributeString("sourceHash", XliffNames.OwnNamespace, document.SourceHash);
        writer.WriteAttributeString("translation", XliffNames.OwnNamespace, displayPath(document.TranslationPath));
        writer.WriteAttributeString("translationHash", XliffNames.OwnNamespace, TranslationHash(document.TranslationText));
        if (document.Note is { } note)
        {
            writer.WriteWhitespace("\n");
            writer.WriteStartElement("notes", XliffNames.CoreNamespace);
            writer.WriteStartElement("note", XliffNames.CoreNamespace);
            writer.WriteAttributeString("category", "sg:alignment");
            XliffText.Write(writer, note);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        foreach (var unit in document.Units)
        {
            writer.WriteWhitespace("\n");
            WriteUnit(writer, unit);
        }
        writer.WriteWhitespace("\n");
        writer.WriteEndElement();
    }

    private static void WriteUnit(XmlWriter writer, UnitPlan unit)
    {
        var codes = InlineCodes.Assign(unit.Source, unit.Target);
        writer.WriteStartElement("unit", XliffNames.CoreNamespace);
        writer.WriteAttributeString("id", unit.Id);
        writer.WriteAttributeString("name", unit.Name);
        if (unit.PreviousSource is { } previous)
        {
            writer.WriteStartElement("notes", XliffNames.CoreNamespace);
            writer.WriteStartElement("note", XliffNames.CoreNamespace);
            writer.WriteAttributeString("category", XliffNames.PreviousSourceCategory);
            XliffText.Write(writer, Normalize(previous));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        if (codes.Data.Count > 0)
        {
            writer.WriteStartElement("originalData", XliffNames.CoreNamespace);
            foreach (var (id, text) in codes.Data)
            {
                writer.WriteStartElement("data", XliffNames.CoreNamespace);
                writer.WriteAttributeString("id", id);
                writer.WriteAttributeString("xml", "space", null, "preserve");
                XliffText.Write(writer, text);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        writer.WriteStartElement("segment", XliffNames.CoreNamespace);
        writer.WriteAttributeString("state", unit.Target is not null && unit.Final ? "final" : "initial");
        writer.WriteStartElement("source", XliffNames.CoreNamespace);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        WriteContent(writer, codes.Source);
        writer.WriteEndElement();
        if (unit.Target is not null)
        {
            writer.WriteStartElement("target", XliffNames.CoreNamespace);
            writer.WriteAttributeString("xml", "space", null, "preserve");
            WriteContent(writer, codes.Target!);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteContent(XmlWriter writer, IReadOnlyList<CodedSegment> segments)
    {
        var open = new Stack<CodedSegment>();
        foreach (var segment in segments)
        {
            switch (segment.Segment.Kind)
            {
                case SegmentKind.Text:
                    XliffText.Write(writer, Normalize(segment.Segment.Text));
                    break;
                case SegmentKind.Placeholder:
                    writer.WriteStartElement("ph", XliffNames.CoreNamespace);
                    WriteCodeAttributes(writer, segment);
                    writer.WriteAttributeString("dataRef", segment.DataId);
                    writer.WriteEndElement();
                    break;
                case SegmentKind.Open:
                    writer.WriteStartElement("pc", XliffNames.CoreNamespace);
                    WriteCodeAttributes(writer, segment);
                    writer.WriteAttributeString("dataRefStart", segment.DataId);
                    writer.WriteAttributeString("dataRefEnd", segment.EndDataId!);
                    open.Push(segment);
                    break;
                case SegmentKind.Close:
                    if (open.Count > 0)
                    {
                        open.Pop();
                        writer.WriteEndElement();
                    }
                    break;
            }
        }
        while (open.Count > 0)
        {
            open.Pop();
            writer.WriteEndElement();
        }
    }

    private static void WriteCodeAttributes(XmlWriter writer, CodedSegment segment)
    {
        writer.WriteAttributeString("id", segment.Id);
        writer.WriteAttributeString("canCopy", "no");
        writer.WriteAttributeString("canDelete", segment.Protected ? "no" : "yes");
        writer.WriteAttributeString("type", segment.Type);
        if (segment.Segment.Structural) writer.WriteAttributeString("subType", "sg:structure");
        // A <pc> shows its two ends (dispStart, dispEnd); only a <ph> has disp (XLIFF 2.1 core schema).
        if (segment.Segment.Kind == SegmentKind.Open)
        {
            writer.WriteAttributeString("dispStart", Display(segment.Segment.Text));
            if (segment.EndText is { } end) writer.WriteAttributeString("dispEnd", Display(end));
        }
        else
        {
            writer.WriteAttributeString("disp", Display(segment.Segment.Text));
        }
    }

    private static string Display(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\n', '↵');
        return text.Length > 40 ? text[..39] + "…" : text;
    }

    internal static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
