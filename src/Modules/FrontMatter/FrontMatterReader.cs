using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Markdown;
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
        if (summary is { } prompt && Scaffolding.ScaffoldPrompts.Summaries.Contains(prompt.Value.Trim()))
        {
            fields.Diagnostics.Report(DiagnosticCodes.ScaffoldPrompt, prompt.Location, prompt.Value.Trim());
        }
        var country = fields.LocatedString("country", Required("country"));
        if (country is { } c && !CountryCodes.IsValid(c.Value))
        {
            fields.Diagnostics.Report(DiagnosticCodes.InvalidCountry, c.Location, c.Value);
        }
        var aliases = fields.List("aliases");
        foreach (var alias in aliases.Where(a => !Identifiers.IsValidAlias(a.Value)))
        {
            fields.Diagnostics.Report(DiagnosticCodes.InvalidAlias, alias.Location, alias.Value);
        }
        var links = fields.List("links");
        foreach (var link in links)
        {
            if (UnsafeUrls.IsScript(link.Value))
            {
                fields.Diagnostics.Report(DiagnosticCodes.UnsafeJavascriptUrl, link.Location);
            }
            else if (!IsWebAddress(link.Value))
            {
                fields.Diagnostics.Report(DiagnosticCodes.InvalidUrl, link.Location, "links", link.Value);
            }
        }
        var uid = fields.LocatedString("uid");
        if (uid is { } u && !Identifiers.IsValid(u.Value))
        {
            fields.Diagnostics.Report(DiagnosticCodes.InvalidIdentifier, u.Location, "uid", u.Value);
            uid = null;
        }
        var tags = fields.List("tags");
        foreach (var tag in tags.Where(t => !Identifiers.IsValid(SitePaths.TagUrlForm(t.Value))))
        {
            fields.Diagnostics.Report(DiagnosticCodes.InvalidIdentifier, tag.Location, "the URL form of tag", tag.Value);
        }
        var unknown = fields.ReportUnknown(FrontMatterSchema.KnownKeys(kind, isTranslation));
        return new Core.Content.FrontMatter
        {
            Title = fields.Text("title", Required("title")),
            Summary = summary?.Value,
            Uid = uid,
            Tags = [.. tags.Where(t => Identifiers.IsValid(SitePaths.TagUrlForm(t.Value))).Select(t => t.Value)],
            CaseStudies = fields.List("case_studies"),
            Related = fields.List("related"),
            Authors = fields.Strings("authors"),
            Updated = fields.Date("updated"),
            Order = fields.Number("order"),
            Draft = fields.Flag("draft") ?? false,
            Aliases = [.. aliases.Where(a => Identifiers.IsValidAlias(a.Value))],
            Parliament = fields.Text("parliament", Required("parliament")),
            Country = country is { } code && CountryCodes.IsValid(code.Value) ? code : null,
            Region = fields.Text("region"),
            Year = fields.Number("year", Required("year")),
            Themes = fields.List("themes"),
            Links = [.. links.Where(l => IsWebAddress(l.Value)).Select(l => l.Value)],
            Sources = kind == ContentKind.Guide ? SourcesReader.Read(fields) : [],
            SourceHash = isTranslation ? fields.Text("source_hash") : null,
            WrittenKeys = new HashSet<string>(fields.Mapping.Entries.Select(e => e.Key.Text), StringComparer.Ordinal),
            Extra = unknown.ToDictionary(e => e.Key.Text, e => YamlPlain.ToPlain(e.Value), StringComparer.Ordinal),
        };
    }

    /// <summary>An absolute http(s) address with a host, and nothing a browser would read differently (spaces, controls).</summary>
    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Length > 0
        && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) && value.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);
}
