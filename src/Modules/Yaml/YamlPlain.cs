namespace StatiqGuides.Modules.Yaml;

/// <summary>Turns YAML nodes into plain .NET values (string, list, dictionary) for the theme's <c>page.extra</c>.</summary>
public static class YamlPlain
{
    public static object? ToPlain(YamlValue value) => value switch
    {
        YamlScalar { IsNull: true } => null,
        YamlScalar scalar => scalar.Text,
        YamlSequence sequence => sequence.Items.Select(ToPlain).ToList(),
        YamlMapping mapping => mapping.Entries.ToDictionary(e => e.Key.Text, e => ToPlain(e.Value), StringComparer.Ordinal),
        _ => null,
    };
}
