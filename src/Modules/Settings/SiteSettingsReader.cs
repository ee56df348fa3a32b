using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.Settings;

/// <summary>site.yml: title, base_url, default_language, languages, repository.</summary>
public static class SiteSettingsReader
{
    private const string FallbackBaseUrl = "https://example.org/";
    private static readonly IReadOnlySet<string> Known = ContentSchemas.Site.Keys;

    public static SiteSettings Read((YamlValue Root, string DisplayPath)? file, BuildOptions options, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        var displayPath = file?.DisplayPath ?? options.DisplayPath(Path.Combine(options.InputDirectory, "site.yml"));
        if (file?.Root is not YamlMapping mapping)
        {
            CheckBaseUrlOption(options, diagnostics);
            if (file is { } present)
            {
                diagnostics.Report(DiagnosticCodes.YamlNotMapping, present.Root.Location, present.Root.Describe());
            }
            return new SiteSettings(LocalizedText.Invariant("Guides"), options.BaseUrl is { } given && IsHttpUrl(given) ? given : FallbackBaseUrl, "en", ["en"], null, displayPath);
        }
        var fields = new YamlFields(mapping, SourceLocation.StartOf(displayPath), diagnostics);
        fields.ReportUnknown(Known);
        CheckBaseUrlOption(options, diagnostics);
        var title = fields.Localized("title", required: true) ?? LocalizedText.Invariant("Guides");
        var siteBaseUrl = CheckedUrl(fields, "base_url", required: options.BaseUrl is null);
        var baseUrl = (options.BaseUrl is { } option && IsHttpUrl(option) ? option : null) ?? siteBaseUrl ?? FallbackBaseUrl;
        var defaultLanguage = fields.LocatedString("default_language");
        var languages = fields.List("languages", required: true);
        foreach (var language in languages.Where(l => !Identifiers.IsValidLanguage(l.Value)))
        {
            diagnostics.Report(DiagnosticCodes.InvalidLanguage, language.Location, $"'{language.Value}' is not a language code such as en, fr or es");
        }
        var valid = languages.Select(l => l.Value).Where(Identifiers.IsValidLanguage).Distinct(Identifiers.Comparer).ToList();
        var fallback = defaultLanguage?.Value ?? (valid.Count > 0 ? valid[0] : "en");
        if (defaultLanguage is { } declared && valid.Count > 0 && !valid.Contains(declared.Value))
        {
            diagnostics.Report(DiagnosticCodes.InvalidLanguage, declared.Location, $"default_language '{declared.Value}' is not in 'languages'");
        }
        if (!valid.Contains(fallback)) valid.Insert(0, fallback);
        return new SiteSettings(title, baseUrl, fallback, valid, CheckedUrl(fields, "repository", required: false), displayPath)
        {
            FallbackOwners = fields.Strings("fallback_owners"),
            UpdatedFromGit = fields.Flag("updated_from_git") ?? false,
        };
    }

    /// <summary>The command line's --base-url, reported at the option (there is no file to point at).</summary>
    private static void CheckBaseUrlOption(BuildOptions options, IDiagnosticSink diagnostics)
    {
        if (options.BaseUrl is { } option && !IsHttpUrl(option))
        {
            diagnostics.Report(DiagnosticCodes.InvalidBaseUrlOption, SourceLocation.StartOf("--base-url"), option);
        }
    }

    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    private static string? CheckedUrl(YamlFields fields, string key, bool required)
    {
        var value = fields.LocatedString(key, required);
        if (value is not { } url) return null;
        if (IsHttpUrl(url.Value)) return url.Value;
        fields.Diagnostics.Report(DiagnosticCodes.InvalidUrl, url.Location, key, url.Value);
        return null;
    }
}
