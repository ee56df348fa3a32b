using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.FrontMatter;

/// <summary>Reads a front-matter mapping into the typed <see cref="Core.Content.FrontMatter"/>, checking every rule
/// of SPEC §1 that concerns one file alone.</summary>
public static class FrontMatterReader
{
    public static Core.Content.FrontMatter Read(YamlFields fields, ContentKind kind, bool isTranslation)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var required = FrontMatterSchema.RequiredKeys(kind, isTranslation);
        bool Required(string key) => required.Contains(key);
        var summary = fields.LocatedString("summary", Required("summary"));
        if (summary is { } s && s.Value.Length > FrontMatterSchema.MaxSummaryLength)
        {
            fields.Diagnostics.Report(DiagnosticCodes.SummaryTooLong, s.Location, s.Value.Length, FrontMatterSchema.MaxSummaryLength);
        }
        var country = fields.LocatedString("country", Required("country"));
        if (country is { } c && !CountryCodes.IsValid(c.Value))
        {
            fields.Diagnostics.Report(DiagnosticCodes.InvalidCountry, c.Location, c.Value);
        }
        var aliases = fields.List("aliases");
        foreach (var alias in aliases.Where(a => !a.Value.StartsWith('/') || a.Value.Contains("//", StringComparison.Ordinal)))
        {
            fields.Diagnostics.Report(DiagnosticCodes.InvalidAlias, alias.Location, alias.Value);
        }
        var unknown = fields.ReportUnknown(FrontMatterSchema.KnownKeys(kind, isTranslation));
        return new Core.Content.FrontMatter
        {
            Title = fields.Text("title", Required("title")),
            Summary = summary?.Value,
            Uid = fields.LocatedString("uid"),
            Tags = fields.Strings("tags"),
            CaseStudies = fields.List("case_studies"),
            Related = fields.List("related"),
            Authors = fields.Strings("authors"),
            Updated = fields.Date("updated"),
            Order = fields.Number("order"),
            Draft = fields.Flag("draft") ?? false,
            Aliases = [.. aliases.Where(a => a.Value.StartsWith('/') && !a.Value.Contains("//", StringComparison.Ordinal))],
            Parliament = fields.Text("parliament", Required("parliament")),
            Country = country is { } code && CountryCodes.IsValid(code.Value) ? code : null,
            Region = fields.Text("region"),
            Year = fields.Number("year", Required("year")),
            Themes = fields.List("themes"),
            Links = fields.Strings("links"),
            Sources = kind == ContentKind.Guide ? SourcesReader.Read(fields) : [],
            SourceHash = isTranslation ? fields.Text("source_hash") : null,
            WrittenKeys = new HashSet<string>(fields.Mapping.Entries.Select(e => e.Key.Text), StringComparer.Ordinal),
            Extra = unknown.ToDictionary(e => e.Key.Text, e => YamlPlain.ToPlain(e.Value), StringComparer.Ordinal),
        };
    }
}
