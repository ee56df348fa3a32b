namespace StatiqGuides.Core.Content;

/// <summary>The keys one kind of file knows: the readers accept exactly these, and docs/content-reference.md lists them
/// (generated from this schema; a test keeps the two equal).</summary>
public sealed record FileSchema(string Name, string Where, IReadOnlyList<FieldSpec> Fields)
{
    public IReadOnlySet<string> Keys { get; } = new HashSet<string>(Fields.Select(f => f.Key), StringComparer.Ordinal);
}
