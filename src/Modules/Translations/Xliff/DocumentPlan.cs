using StatiqGuides.Core.Content;
using StatiqGuides.Modules.Translations.Blocks;

namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>How one document is exchanged: its units, and what the translation file looks like now.</summary>
/// <param name="Translation">The translation file as written, or null when there is none yet.</param>
/// <param name="TranslationText">The translation file's text exactly as on disk (BOM and line endings kept).</param>
/// <param name="WholeDocument">True when the translation's blocks do not align with the source's: one unit holds the body.</param>
/// <param name="Note">Why the plan is what it is, for the translator (shown as a note of the file).</param>
/// <param name="Unaligned">When an existing translation's blocks cannot be matched to the version of the source they
/// translate, why, in a reader's words (it does not align with it, or that version is not known); null otherwise.</param>
public sealed record DocumentPlan(
    ContentItem Source,
    string Language,
    string SourceHash,
    string TranslationPath,
    ContentItem? Translation,
    string? TranslationText,
    ParsedBody SourceBody,
    ParsedBody? TranslationBody,
    bool WholeDocument,
    string? Note,
    IReadOnlyList<UnitPlan> Units,
    string? Unaligned = null);
