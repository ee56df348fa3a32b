using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Core.Content;

/// <summary>The built-in front-matter keys: each key's documentation, rule, reader and inheritance, written once. The
/// built-in kinds list the ones they know; a registered kind gets <see cref="Common"/> and adds its own.</summary>
public static class ContentFields
{
    public const int MaxSummaryLength = 300;

    public static FieldSpec Title { get; } = new("title", "string", "yes", "The title, shown as the page's heading, in cards and in links (xref).")
    {
        IsRequired = true,
        RequiredInTranslation = true,
        Read = (fields, context, frontMatter) => frontMatter with { Title = fields.LocatedString(context.Key, context.Required)?.Value },
        Inherit = (source, translation) => translation with { Title = source.Title },
    };

    public static FieldSpec Summary { get; } = new("summary", "string, at most 300 characters", "yes", "One or two sentences shown under the title, in cards, feeds and search results.")
    {
        IsRequired = true,
        RequiredInTranslation = true,
        Read = (fields, context, frontMatter) =>
        {
            var summary = fields.LocatedString(context.Key, context.Required);
            if (summary is { } text && text.Value.Length > MaxSummaryLength)
            {
                fields.Diagnostics.Report(DiagnosticCodes.SummaryTooLong, text.Location, text.Value.Length, MaxSummaryLength);
            }
            if (summary is { } prompt && ScaffoldPrompts.Summaries.Contains(prompt.Value.Trim()))
            {
                fields.Diagnostics.Report(DiagnosticCodes.ScaffoldPrompt, prompt.Location, prompt.Value.Trim());
            }
            return frontMatter with { Summary = summary?.Value };
        },
        Inherit = (source, translation) => translation with { Summary = source.Summary },
    };

    /// <remarks>A translation's uid is always its source's (<c>FrontMatterInheritance</c>): the uid names the item.</remarks>
    public static FieldSpec Uid { get; } = new("uid", "identifier", "no", "Overrides the uid (by default the file name without language suffix and .md); unique across the site.")
    {
        Read = (fields, context, frontMatter) =>
        {
            var uid = fields.LocatedString(context.Key, context.Required);
            if (uid is { } u && !Identifiers.IsValid(u.Value))
            {
                fields.Diagnostics.Report(DiagnosticCodes.InvalidIdentifier, u.Location, context.Key, u.Value);
                uid = null;
            }
            return frontMatter with { Uid = uid };
        },
        Inherit = (source, translation) => translation with { Uid = source.Uid },
    };

    public static FieldSpec Tags { get; } = new("tags", "list of strings", "no", "Topics; each gets a tag page in every language: /<lang>/tags/<tag>/. Write [a, b], not a, b.")
    {
        Read = (fields, context, frontMatter) =>
        {
            var tags = fields.List(context.Key, context.Required);
            foreach (var tag in tags.Where(t => !Identifiers.IsValid(SitePaths.TagUrlForm(t.Value))))
            {
                fields.Diagnostics.Report(DiagnosticCodes.InvalidIdentifier, tag.Location, "the URL form of tag", tag.Value);
            }
            return frontMatter with { Tags = [.. tags.Where(t => Identifiers.IsValid(SitePaths.TagUrlForm(t.Value))).Select(t => t.Value)] };
        },
        Inherit = (source, translation) => translation with { Tags = source.Tags },
    };

    public static FieldSpec CaseStudies { get; } = new("case_studies", "list of case-study uids", "no", "The case studies this guide draws on, shown on the guide and linking back from each case study.")
    {
        Read = (fields, context, frontMatter) => frontMatter with { CaseStudies = fields.List(context.Key, context.Required) },
        Inherit = (source, translation) => translation with { CaseStudies = source.CaseStudies },
    };

    public static FieldSpec Related { get; } = new("related", "list of guide uids", "no", "Guides a reader should see next.")
    {
        Read = (fields, context, frontMatter) => frontMatter with { Related = fields.List(context.Key, context.Required) },
        Inherit = (source, translation) => translation with { Related = source.Related },
    };

    public static FieldSpec Sources { get; } = new("sources", "list of https URLs, or {url, title} mappings", "no", "The public sources the guide's facts rest on, shown as a \"Sources\" section after the body and on the print page; inherited by translations, which repeat it only to give titles in their language.")
    {
        Read = (fields, context, frontMatter) => frontMatter with { Sources = fields.Sources(context.Key) },
        Inherit = (source, translation) => translation with { Sources = source.Sources },
    };

    public static FieldSpec Authors { get; } = new("authors", "list of strings", "no", "Who wrote it.")
    {
        Read = (fields, context, frontMatter) => frontMatter with { Authors = [.. fields.List(context.Key, context.Required).Select(a => a.Value)] },
        Inherit = (source, translation) => translation with { Authors = source.Authors },
    };

    public static FieldSpec Updated { get; } = new("updated", "date, YYYY-MM-DD", "no", "The date of the last real change, shown on the page and used by feeds and the edition date. Left out, it is the file's last commit date when site.yml has updated_from_git: true.")
    {
        Read = (fields, context, frontMatter) => frontMatter with { Updated = fields.IsoDate(context.Key, context.Required) },
        Inherit = (source, translation) => translation with { Updated = source.Updated },
    };

    public static FieldSpec Draft { get; } = new("draft", "true or false", "no", "true leaves the file out of the build unless --drafts is given.")
    {
        Read = (fields, context, frontMatter) => frontMatter with { Draft = fields.Flag(context.Key, context.Required) ?? false },
        Inherit = (source, translation) => translation with { Draft = source.Draft },
    };

    /// <remarks>Not inherited: old addresses belong to the source page; a translation has its own only if it says so.</remarks>
    public static FieldSpec Aliases { get; } = new("aliases", "list of site paths", "no", "Old addresses (/guides/old-name/) that redirect here: a _redirects rule and an HTML redirect page each.")
    {
        Read = (fields, context, frontMatter) =>
        {
            var aliases = fields.List(context.Key, context.Required);
            foreach (var alias in aliases.Where(a => !Identifiers.IsValidAlias(a.Value)))
            {
                fields.Diagnostics.Report(DiagnosticCodes.InvalidAlias, alias.Location, alias.Value);
            }
            return frontMatter with { Aliases = [.. aliases.Where(a => Identifiers.IsValidAlias(a.Value))] };
        },
    };

    public static FieldSpec Order { get; } = new("order", "integer", "no", "Position in its section or in the page list (then by title).")
    {
        Read = (fields, context, frontMatter) => frontMatter with { Order = fields.Number(context.Key, context.Required) },
        Inherit = (source, translation) => translation with { Order = source.Order },
    };

    public static FieldSpec Parliament { get; } = new("parliament", "string", "yes", "The parliament or institution.")
    {
        IsRequired = true,
        Read = (fields, context, frontMatter) => frontMatter with { Parliament = fields.LocatedString(context.Key, context.Required)?.Value },
        Inherit = (source, translation) => translation with { Parliament = source.Parliament },
    };

    public static FieldSpec Country { get; } = new("country", "ISO 3166-1 alpha-2 code", "yes", "KE, BR, FR…; EU for European Union institutions.")
    {
        IsRequired = true,
        Read = (fields, context, frontMatter) =>
        {
            var country = fields.LocatedString(context.Key, context.Required);
            if (country is { } c && !CountryCodes.IsValid(c.Value))
            {
                fields.Diagnostics.Report(DiagnosticCodes.InvalidCountry, c.Location, c.Value);
            }
            return frontMatter with { Country = country is { } code && CountryCodes.IsValid(code.Value) ? code : null };
        },
        Inherit = (source, translation) => translation with { Country = source.Country },
    };

    public static FieldSpec Year { get; } = new("year", "integer", "yes", "The year the work happened.")
    {
        IsRequired = true,
        Read = (fields, context, frontMatter) => frontMatter with { Year = fields.Number(context.Key, context.Required) },
        Inherit = (source, translation) => translation with { Year = source.Year },
    };

    public static FieldSpec Region { get; } = new("region", "string", "no", "A region, used by the case-study filters.")
    {
        Read = (fields, context, frontMatter) => frontMatter with { Region = fields.LocatedString(context.Key, context.Required)?.Value },
        Inherit = (source, translation) => translation with { Region = source.Region },
    };

    public static FieldSpec Themes { get; } = new("themes", "list of section ids", "no", "The sections it illustrates; their hubs review it (CODEOWNERS).")
    {
        Read = (fields, context, frontMatter) => frontMatter with { Themes = fields.List(context.Key, context.Required) },
        Inherit = (source, translation) => translation with { Themes = source.Themes },
    };

    public static FieldSpec Links { get; } = new("links", "list of URLs", "no", "Web pages where readers can see the work.")
    {
        Read = (fields, context, frontMatter) =>
        {
            var links = fields.List(context.Key, context.Required);
            foreach (var link in links)
            {
                if (WebAddresses.IsScript(link.Value))
                {
                    fields.Diagnostics.Report(DiagnosticCodes.UnsafeJavascriptUrl, link.Location);
                }
                else if (!WebAddresses.IsWebAddress(link.Value))
                {
                    fields.Diagnostics.Report(DiagnosticCodes.InvalidUrl, link.Location, context.Key, link.Value);
                }
            }
            return frontMatter with { Links = [.. links.Where(l => WebAddresses.IsWebAddress(l.Value)).Select(l => l.Value)] };
        },
        Inherit = (source, translation) => translation with { Links = source.Links },
    };

    /// <summary>Known in translations only; a translation's own.</summary>
    public static FieldSpec SourceHash { get; } = new("source_hash", "12 hex digits", "no (then outdated)", "Which version of the source was translated: the first 12 hex digits of SHA-256 over title, summary and body of the source. Written by new translation; every other key is inherited from the source unless repeated.")
    {
        Read = (fields, context, frontMatter) => frontMatter with { SourceHash = fields.LocatedString(context.Key, context.Required)?.Value },
    };

    /// <summary>What every registered kind knows before its own keys: title and summary (required), uid, authors, updated,
    /// order, draft and aliases.</summary>
    public static IReadOnlyList<FieldSpec> Common { get; } = [Title, Summary, Uid, Authors, Updated, Order, Draft, Aliases];

    /// <summary>The keys a translation of any kind adds to its kind's.</summary>
    public static IReadOnlyList<FieldSpec> TranslationOnly { get; } = [SourceHash];

    /// <summary>What a translation of any kind must or may write beyond its kind's keys, as the content reference lists it.</summary>
    public static IReadOnlyList<FieldSpec> Translation { get; } = [Title, Summary, SourceHash];
}
