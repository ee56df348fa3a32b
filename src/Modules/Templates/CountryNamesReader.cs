using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.Templates;

/// <summary>Reads theme/data/countries.yml: <c>CODE: {en: name, fr: nom, ...}</c>.</summary>
public static class CountryNamesReader
{
    public static CountryNames Read(string path, SiteSettings settings, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        if (!File.Exists(path)) return CountryNames.Empty(settings.DefaultLanguage);
        var displayPath = context.Options.DisplayPath(path);
        if (TextDecoding.ReadFile(path, displayPath, context.Diagnostics, Containment.For(context.Options)) is not { } text
            || YamlReader.Read(text, displayPath, 0, context.Diagnostics) is not YamlMapping mapping)
        {
            return CountryNames.Empty(settings.DefaultLanguage);
        }
        var byCode = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is not YamlMapping names)
            {
                context.Diagnostics.Report(DiagnosticCodes.WrongType, entry.Value.Location, entry.Key.Text, "a map of language to name", entry.Value.Describe());
                continue;
            }
            byCode[entry.Key.Text] = names.Entries
                .Where(n => n.Value is YamlScalar { IsNull: false })
                .ToDictionary(n => n.Key.Text, n => ((YamlScalar)n.Value).Text, StringComparer.Ordinal);
        }
        return new CountryNames(byCode, settings.DefaultLanguage);
    }
}
