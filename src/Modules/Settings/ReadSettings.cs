using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.Settings;

/// <summary>Reads site.yml, hubs.yml and the sections' _section.yml into one <see cref="SiteConfiguration"/>.</summary>
/// <remarks>Problems are reported and replaced by safe defaults, so content files are still checked.</remarks>
public sealed class ReadSettings : PipelineModule<NoInput, SiteConfiguration>
{
    public override ValueTask<SiteConfiguration> ExecuteAsync(NoInput input, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        // Reported once here, for every command; the other steps find nothing to read in a refused folder (Containment.For).
        SourceRoots.Check(options, context.Diagnostics);
        var readable = SourceRoots.Allowed(options.InputDirectory, options);
        var settings = SiteSettingsReader.Read(readable ? Load(Path.Combine(options.InputDirectory, "site.yml"), context) : null, options, context.Diagnostics);
        var hubs = HubsReader.Read(readable ? Load(Path.Combine(options.InputDirectory, "hubs.yml"), context) : null, context.Diagnostics);
        var sections = new List<Section>();
        var guides = Path.Combine(options.InputDirectory, "guides");
        if (readable && Directory.Exists(guides))
        {
            var containment = Containment.For(options);
            foreach (var folder in Directory.EnumerateDirectories(guides).Order(StringComparer.Ordinal))
            {
                // A linked section folder is not descended (FindContentFiles skips it too); one leading outside is reported.
                if (Containment.IsLink(folder))
                {
                    if (!containment.Contains(folder))
                    {
                        context.Diagnostics.Report(DiagnosticCodes.LinkOutsideRoots, SourceLocation.StartOf(options.DisplayPath(folder)), options.DisplayPath(folder));
                    }
                    continue;
                }
                var file = Path.Combine(folder, "_section.yml");
                if (!File.Exists(file)) continue;
                var id = Path.GetFileName(folder);
                if (!Identifiers.IsValid(id))
                {
                    context.Diagnostics.Report(DiagnosticCodes.InvalidIdentifier, SourceLocation.StartOf(options.DisplayPath(folder)), "section id", id);
                    continue;
                }
                if (sections.FirstOrDefault(s => Identifiers.Comparer.Equals(s.Id, id)) is { } clash)
                {
                    context.Diagnostics.Report(DiagnosticCodes.IdentifierCaseClash, SourceLocation.StartOf(options.DisplayPath(folder)), "section id", id, clash.Id, clash.SourcePath);
                    continue;
                }
                var loaded = Load(file, context);
                if (loaded is not null)
                {
                    sections.Add(SectionReader.Read(id, loaded.Value, context.Diagnostics));
                }
            }
        }
        var configuration = new SiteConfiguration(settings, hubs, [.. sections.OrderBy(s => s.Order).ThenBy(s => s.Id, StringComparer.Ordinal)]);
        LanguageCoverage.Check(configuration, context.Diagnostics);
        return ValueTask.FromResult(configuration);
    }

    /// <returns>The parsed file with its display path, or null when it is missing or unreadable (already reported).</returns>
    private static (YamlValue Root, string DisplayPath)? Load(string fullPath, BuildContext context)
    {
        var displayPath = context.Options.DisplayPath(fullPath);
        if (!File.Exists(fullPath))
        {
            context.Diagnostics.Report(DiagnosticCodes.FileUnreadable, SourceLocation.StartOf(displayPath), "the file does not exist");
            return null;
        }
        var text = TextDecoding.ReadFile(fullPath, displayPath, context.Diagnostics, Containment.For(context.Options));
        if (text is null) return null;
        var root = YamlReader.Read(text, displayPath, 0, context.Diagnostics);
        return root is null ? null : (root, displayPath);
    }
}
