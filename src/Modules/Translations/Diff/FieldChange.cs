namespace StatiqGuides.Modules.Translations.Diff;

/// <summary>A front-matter key translators translate (<c>title</c>, <c>summary</c>) and how it changed.</summary>
/// <param name="Old">The value in the version translated; null when that version is unknown.</param>
public sealed record FieldChange(string Key, string? Old, string New)
{
    public ChangeKind Kind => Old is null ? ChangeKind.Added : Old == New ? ChangeKind.Unchanged : ChangeKind.Changed;
}
