namespace StatiqGuides.Core.Content;

/// <summary>What a field's reader knows of the file it reads.</summary>
/// <param name="Key">The field's key (readers report with it, so it is written once, in the field).</param>
/// <param name="Required">Whether this file must have the key: the field's rule for a source or for a translation.</param>
public sealed record FieldContext(string Key, bool Required, bool IsTranslation);
