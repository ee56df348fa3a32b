using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.Settings;

/// <summary>A section's _section.yml: title, summary, hub, order.</summary>
public static class SectionReader
{
    private static readonly IReadOnlySet<string> Known = ContentSchemas.SectionFile.Keys;

    public static Section Read(string id, (YamlValue Root, string DisplayPath) file, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (file.Root is not YamlMapping mapping)
        {
            diagnostics.Report(DiagnosticCodes.YamlNotMapping, file.Root.Location, file.Root.Describe());
            return new Section(id, LocalizedText.Invariant(id), LocalizedText.Invariant(""), null, int.MaxValue, file.DisplayPath);
        }
        var fields = new YamlFields(mapping, SourceLocation.StartOf(file.DisplayPath), diagnostics);
        fields.ReportUnknown(Known);
        return new Section(
            id,
            fields.Localized("title", required: true) ?? LocalizedText.Invariant(id),
            fields.Localized("summary", required: true) ?? LocalizedText.Invariant(""),
            fields.LocatedString("hub", required: true),
            fields.Number("order") ?? int.MaxValue,
            file.DisplayPath);
    }
}
