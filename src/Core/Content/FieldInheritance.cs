namespace StatiqGuides.Core.Content;

/// <summary>Gives <paramref name="translation"/>, which does not repeat the field, the value of <paramref name="source"/>.</summary>
public delegate FrontMatter FieldInheritance(FrontMatter source, FrontMatter translation);
