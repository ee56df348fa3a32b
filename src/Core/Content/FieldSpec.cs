namespace StatiqGuides.Core.Content;

/// <summary>One key of a content or settings file, as the content reference documents it.</summary>
/// <param name="Key">The key as written in YAML.</param>
/// <param name="Type">What its value is, in an author's words ("list of strings").</param>
/// <param name="Required">"yes", "no", or the condition under which it is required.</param>
/// <param name="Meaning">What it does.</param>
public sealed record FieldSpec(string Key, string Type, string Required, string Meaning);
