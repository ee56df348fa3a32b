using StatiqGuides.Core.Content;

namespace StatiqGuides.Tests.Testing.Oracle;

/// <summary>Every edit the oracle tries: for each key of each schema in <see cref="ContentSchemas.All"/>, the key changed
/// (<c>guide.summary</c>), and for an optional key also added where absent and removed where present
/// (<c>guide.tags added</c>, <c>guide.tags removed</c>); then edits of bodies, assets, the theme, files added, renamed
/// and deleted, and a few that break the build and are mended.</summary>
public static partial class SiteEdits
{
    /// <summary>How a schema's keys are named in the edits' names.</summary>
    public static IReadOnlyList<(FileSchema Schema, string Prefix)> Prefixes { get; } =
    [
        (ContentSchemas.Guide, "guide"),
        (ContentSchemas.CaseStudy, "case-study"),
        (ContentSchemas.Page, "page"),
        (ContentSchemas.Translation, "translation"),
        (ContentSchemas.Site, "site.yml"),
        (ContentSchemas.HubEntry, "hubs.yml"),
        (ContentSchemas.SectionFile, "_section.yml"),
    ];

    public static IReadOnlyList<SiteEdit> All { get; } =
        [.. Guides(), .. CaseStudies(), .. Pages(), .. Translations(), .. SiteYml(), .. Hubs(), .. Sections(), .. Files(), .. Breakages()];

    public static SiteEdit? Find(string name) => All.FirstOrDefault(e => e.Name == name);

    /// <summary>The name of the edit that changes each key of each schema: what a generator must exist for.</summary>
    /// <remarks>Every public <see cref="FileSchema"/> of <see cref="ContentSchemas"/> counts, found by reflection, so a
    /// schema left out of <see cref="ContentSchemas.All"/> is covered too.</remarks>
    public static IEnumerable<string> SchemaKeyNames() => typeof(ContentSchemas)
        .GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(FileSchema))
        .Select(p => (FileSchema)p.GetValue(null)!)
        .Concat(ContentSchemas.All).Distinct()
        .SelectMany(schema => schema.Fields.Select(f => PrefixOf(schema) + "." + f.Key));

    public static string PrefixOf(FileSchema schema) =>
        Prefixes.FirstOrDefault(p => ReferenceEquals(p.Schema, schema)).Prefix ?? "(no prefix for schema '" + schema?.Name + "')";
}
