using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Yaml;

/// <summary>A YAML node with the place it was written: enough structure for front matter and settings,
/// keeping positions so that every later check can point at the value it rejects.</summary>
public abstract record YamlValue(SourceLocation Location)
{
    /// <summary>A short name of the node's shape for messages: "a string", "a list", "a mapping".</summary>
    public abstract string Describe();
}

/// <param name="IsPlain">Written without quotes, so it may be a number, boolean or null.</param>
public sealed record YamlScalar(string Text, bool IsPlain, SourceLocation Location) : YamlValue(Location)
{
    public bool IsNull => IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "nothing" : $"'{Text}'";
}

public sealed record YamlSequence(IReadOnlyList<YamlValue> Items, SourceLocation Location) : YamlValue(Location)
{
    public override string Describe() => "a list";
}

public sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, SourceLocation Location) : YamlValue(Location)
{
    public override string Describe() => "a mapping";

    public YamlValue? this[string key] => Entries.FirstOrDefault(e => e.Key.Text == key)?.Value;
}

public sealed record YamlEntry(YamlScalar Key, YamlValue Value);
