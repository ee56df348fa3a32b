using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.Settings;

/// <summary>hubs.yml: a list of hubs with id, name, host, maintainers and sections.</summary>
public static class HubsReader
{
    private static readonly IReadOnlySet<string> Known = ContentSchemas.HubEntry.Keys;

    public static IReadOnlyList<Hub> Read((YamlValue Root, string DisplayPath)? file, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (file is not { } present) return [];
        if (present.Root is YamlMapping { Entries.Count: 0 }) return [];
        if (present.Root is not YamlSequence sequence)
        {
            diagnostics.Report(DiagnosticCodes.WrongType, present.Root.Location, "hubs.yml", "a list of hubs", present.Root.Describe());
            return [];
        }
        var hubs = new List<Hub>();
        var seen = new Dictionary<string, string>(Identifiers.Comparer);
        foreach (var node in sequence.Items)
        {
            if (node is not YamlMapping mapping)
            {
                diagnostics.Report(DiagnosticCodes.YamlNotMapping, node.Location, node.Describe());
                continue;
            }
            var fields = new YamlFields(mapping, mapping.Location, diagnostics);
            fields.ReportUnknown(Known);
            var id = fields.LocatedString("id", required: true);
            var name = fields.Localized("name", required: true);
            var host = fields.Text("host", required: true);
            var maintainers = fields.Strings("maintainers");
            var sections = fields.List("sections");
            if (id is not { } hubId) continue;
            if (!Identifiers.IsValid(hubId.Value))
            {
                diagnostics.Report(DiagnosticCodes.InvalidIdentifier, hubId.Location, "hub id", hubId.Value);
                continue;
            }
            if (seen.TryGetValue(hubId.Value, out var first))
            {
                if (first == hubId.Value)
                {
                    diagnostics.Report(DiagnosticCodes.DuplicateHub, hubId.Location, hubId.Value);
                }
                else
                {
                    diagnostics.Report(DiagnosticCodes.IdentifierCaseClash, hubId.Location, "hub id", hubId.Value, first, "another hub");
                }
                continue;
            }
            seen[hubId.Value] = hubId.Value;
            hubs.Add(new Hub(hubId.Value, name ?? LocalizedText.Invariant(hubId.Value), host ?? "", maintainers, sections, hubId));
        }
        return hubs;
    }
}
