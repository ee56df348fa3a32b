using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Catalog;

/// <summary>Decides which hub maintains each section, from _section.yml's <c>hub</c> and hubs.yml's <c>sections</c>.</summary>
public static class SectionOwnership
{
    public static IReadOnlyDictionary<string, Hub> Resolve(SiteConfiguration configuration, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var hubs = configuration.Hubs.ToDictionary(h => h.Id, StringComparer.Ordinal);
        var sections = configuration.Sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var listedBy = new Dictionary<string, Hub>(StringComparer.Ordinal);
        foreach (var hub in configuration.Hubs)
        {
            foreach (var section in hub.Sections)
            {
                if (!sections.Contains(section.Value))
                {
                    diagnostics.Report(DiagnosticCodes.UnknownSection, section.Location, section.Value, NearestName.Suggestion(section.Value, sections));
                }
                else if (listedBy.TryGetValue(section.Value, out var other))
                {
                    diagnostics.Report(DiagnosticCodes.SectionInTwoHubs, section.Location, section.Value, other.Id, hub.Id);
                }
                else
                {
                    listedBy[section.Value] = hub;
                }
            }
        }
        var owners = new Dictionary<string, Hub>(StringComparer.Ordinal);
        foreach (var section in configuration.Sections)
        {
            Hub? owner = null;
            if (section.Hub is { } declared)
            {
                if (!hubs.TryGetValue(declared.Value, out owner))
                {
                    diagnostics.Report(DiagnosticCodes.UnknownHub, declared.Location, declared.Value, NearestName.Suggestion(declared.Value, hubs.Keys));
                }
            }
            owner ??= listedBy.GetValueOrDefault(section.Id);
            if (owner is null)
            {
                diagnostics.Report(DiagnosticCodes.SectionWithoutHub, SourceLocation.StartOf(section.SourcePath), section.Id);
                continue;
            }
            owners[section.Id] = owner;
        }
        return owners;
    }
}
