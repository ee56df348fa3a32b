using System.Security;

namespace StatiqGuides.Modules.Bundles.Epub;

/// <summary>Text and attribute values for the XML the EPUB writer assembles itself (package, navigation, cover).</summary>
public static class XmlEscape
{
    public static string Text(string? value) => SecurityElement.Escape(value ?? "");
}
