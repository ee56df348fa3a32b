using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Yaml;

namespace StatiqGuides.Modules.FrontMatter;

/// <summary>The typed reads fields' readers use, over one file's YAML mapping.</summary>
public sealed class YamlFrontMatterFields(YamlFields fields) : IFrontMatterFields
{
    public IDiagnosticSink Diagnostics => fields.Diagnostics;

    public bool Has(string key) => fields.Has(key);

    public Located<string>? LocatedString(string key, bool required = false) => fields.LocatedString(key, required);

    public int? Number(string key, bool required = false) => fields.Number(key, required);

    public bool? Flag(string key, bool required = false) => fields.Flag(key, required);

    public DateOnly? IsoDate(string key, bool required = false) => fields.Date(key, required);

    public IReadOnlyList<Located<string>> List(string key, bool required = false) => fields.List(key, required);

    public IReadOnlyList<GuideSource> Sources(string key) => SourcesReader.Read(fields, key);
}
