using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.FrontMatter;

/// <summary>Reads a front-matter mapping into the typed <see cref="Core.Content.FrontMatter"/>: each field of the file's
/// kind reads, checks and stores its own key (SPEC §1 rules that concern one file alone); any other key is reported
/// and kept for themes.</summary>
public static class FrontMatterReader
{
    public static Core.Content.FrontMatter Read(YamlFields fields, ContentKind kind, bool isTranslation)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(kind);
        var values = new YamlFrontMatterFields(fields);
        var frontMatter = new Core.Content.FrontMatter();
        foreach (var field in kind.FieldsOf(isTranslation))
        {
            if (field.Read is null) continue;
            frontMatter = field.Read(values, new FieldContext(field.Key, FrontMatterSchema.IsRequired(field, isTranslation), isTranslation), frontMatter);
        }
        var unknown = fields.ReportUnknown(FrontMatterSchema.KnownKeys(kind, isTranslation));
        return frontMatter with
        {
            WrittenKeys = new HashSet<string>(fields.Mapping.Entries.Select(e => e.Key.Text), StringComparer.Ordinal),
            Extra = unknown.ToDictionary(e => e.Key.Text, e => YamlPlain.ToPlain(e.Value), StringComparer.Ordinal),
        };
    }
}
