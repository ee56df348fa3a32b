using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.Templates;

/// <summary>Reads theme/i18n/&lt;lang&gt;.yml for every site language; nested keys become dotted keys.
/// A key the default language has and another language lacks is one warning, and falls back.</summary>
public static class UiStringsReader
{
    public static UiStrings Read(string folder, SiteSettings settings, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        var missingFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in settings.Languages)
        {
            var path = Path.Combine(folder, language + ".yml");
            var displayPath = context.Options.DisplayPath(path);
            locations[language] = displayPath;
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!File.Exists(path) && language != settings.DefaultLanguage && Directory.Exists(Path.GetDirectoryName(folder)))
            {
                // One warning for the whole file, not one per key it would have had.
                context.Diagnostics.Report(DiagnosticCodes.MissingUiStringFile, SourceLocation.StartOf(displayPath), language, settings.DefaultLanguage);
                missingFiles.Add(language);
            }
            else if (File.Exists(path) && TextDecoding.ReadFile(path, displayPath, context.Diagnostics, Containment.For(context.Options)) is { } text
                && YamlReader.Read(text, displayPath, 0, context.Diagnostics) is { } root)
            {
                if (root is YamlMapping mapping)
                {
                    Flatten(mapping, "", strings, context.Diagnostics);
                    CheckDateFormat(mapping, language, strings, context.Diagnostics);
                }
                else
                {
                    context.Diagnostics.Report(DiagnosticCodes.YamlNotMapping, root.Location, root.Describe());
                }
            }
            byLanguage[language] = strings;
        }
        var reference = byLanguage[settings.DefaultLanguage];
        // Without a theme folder at all, SG0506 says everything; a list of every string it lacks would bury it.
        if (!Directory.Exists(Path.GetDirectoryName(folder))) return new UiStrings(byLanguage, settings.DefaultLanguage);
        foreach (var key in RequiredUiStrings.Keys.Where(k => !reference.ContainsKey(k)))
        {
            context.Diagnostics.Report(DiagnosticCodes.MissingRequiredUiString, SourceLocation.StartOf(locations[settings.DefaultLanguage]), key);
        }
        foreach (var language in settings.Languages.Where(l => l != settings.DefaultLanguage && !missingFiles.Contains(l)))
        {
            foreach (var key in reference.Keys.Where(k => !byLanguage[language].ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                context.Diagnostics.Report(DiagnosticCodes.MissingUiString, SourceLocation.StartOf(locations[language]), key, language);
            }
        }
        return new UiStrings(byLanguage, settings.DefaultLanguage);
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
