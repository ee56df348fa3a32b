using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>What an import would write; nothing is written when <see cref="Diagnostics"/> holds an error.</summary>
public sealed record ImportResult(IReadOnlyList<ImportedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
