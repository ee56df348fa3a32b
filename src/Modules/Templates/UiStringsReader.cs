using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.Templates;

/// <summary>Reads theme/i18n/&lt;lang&gt;.yml for every site language; nested keys become dotted keys. The site's file
/// is laid over the built-in one key by key, so a site file holding one key replaces that string and keeps the others.
/// A key the default language has and another language lacks is one warning, and falls back.</summary>
public static class UiStringsReader
{
    public static UiStrings Read(ThemeFiles files, SiteSettings settings, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var missingFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in settings.Languages)
        {
            var relativePath = PathOf(language);
            var layers = files.Layers(relativePath);
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            if (layers.Count == 0 && language != settings.DefaultLanguage)
            {
                // One warning for the whole file, not one per key it would have had.
                context.Diagnostics.Report(DiagnosticCodes.MissingUiStringFile, SourceLocation.StartOf(files.SitePath(relativePath)), language, settings.DefaultLanguage);
                missingFiles.Add(language);
            }
            foreach (var layer in layers)
            {
                ReadLayer(layer, files, language, strings, context.Diagnostics);
            }
            byLanguage[language] = strings;
        }
        var reference = byLanguage[settings.DefaultLanguage];
        // Missing strings are reported where the user adds them: the site's file, whether or not it exists yet.
        foreach (var key in RequiredUiStrings.Keys.Where(k => !reference.ContainsKey(k)))
        {
            context.Diagnostics.Report(DiagnosticCodes.MissingRequiredUiString, SourceLocation.StartOf(files.SitePath(PathOf(settings.DefaultLanguage))), key);
        }
        foreach (var language in settings.Languages.Where(l => l != settings.DefaultLanguage && !missingFiles.Contains(l)))
        {
            foreach (var key in reference.Keys.Where(k => !byLanguage[language].ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                context.Diagnostics.Report(DiagnosticCodes.MissingUiString, SourceLocation.StartOf(files.SitePath(PathOf(language))), key, language);
            }
        }
        return new UiStrings(byLanguage, settings.DefaultLanguage);
    }

    private static string PathOf(string language) => $"i18n/{language}.yml";

    /// <summary>Adds one file's strings over those of the layers below it.</summary>
    private static void ReadLayer(ThemeFile layer, ThemeFiles files, string language, Dictionary<string, string> strings, IDiagnosticSink diagnostics)
    {
        if (files.ReadYaml(layer, diagnostics) is not { } root) return;
        if (root is not YamlMapping mapping)
        {
            diagnostics.Report(DiagnosticCodes.YamlNotMapping, root.Location, root.Describe());
            return;
        }
        var own = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(mapping, "", own, diagnostics);
        CheckDateFormat(mapping, language, own, diagnostics);
        foreach (var (key, value) in own) strings[key] = value;
    }

    /// <summary>A date format .NET cannot apply would fail every page that shows a date: it is reported once at its
    /// line and replaced by ISO dates.</summary>
    private static void CheckDateFormat(YamlMapping mapping, string language, Dictionary<string, string> strings, IDiagnosticSink diagnostics)
    {
        if (!strings.TryGetValue(DateFormatKey, out var format)) return;
        try
        {
            _ = new DateOnly(2024, 2, 29).ToString(format, LanguageCulture.Of(language));
        }
        catch (FormatException exception)
        {
            var location = (mapping["date"] is YamlMapping date ? date["format"] : null)?.Location ?? mapping.Location;
            diagnostics.Report(DiagnosticCodes.InvalidDateFormat, location, format, exception.Message);
            strings[DateFormatKey] = "yyyy-MM-dd";
        }
    }

    private const string DateFormatKey = "date.format";

    private static void Flatten(YamlMapping mapping, string prefix, Dictionary<string, string> strings, IDiagnosticSink diagnostics)
    {
        foreach (var entry in mapping.Entries)
        {
            var key = prefix + entry.Key.Text;
            switch (entry.Value)
            {
                case YamlMapping nested:
                    Flatten(nested, key + ".", strings, diagnostics);
                    break;
                case YamlScalar { IsNull: false } scalar:
                    strings[key] = scalar.Text;
                    break;
                default:
                    diagnostics.Report(DiagnosticCodes.WrongType, entry.Value.Location, key, "a string", entry.Value.Describe());
                    break;
            }
        }
    }
}
