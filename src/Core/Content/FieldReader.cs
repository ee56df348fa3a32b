namespace StatiqGuides.Core.Content;

/// <summary>Reads one field from a file's front matter into <paramref name="frontMatter"/>.</summary>
public delegate FrontMatter FieldReader(IFrontMatterFields fields, FieldContext context, FrontMatter frontMatter);
