namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>A translation file an import writes, and whether it is now current.</summary>
public sealed record ImportedFile(string FullPath, string Text, bool Changed, bool Current);
