using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.Templates;

/// <summary>Reads theme/data/countries.yml: <c>CODE: {en: name, fr: nom, ...}</c>. The site's file is laid over the
/// built-in one code by code: it may rename one country or add one and keep the others.</summary>
public static class CountryNamesReader
{
    public const string RelativePath = "data/countries.yml";

    public static CountryNames Read(ThemeFiles files, SiteSettings settings, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        var byCode = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var layer in files.Layers(RelativePath))
        {
            if (files.ReadYaml(layer, context.Diagnostics) is not YamlMapping mapping)
            {
                continue;
            }
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
        }
        return new CountryNames(byCode, settings.DefaultLanguage);
    }
}
