namespace StatiqGuides.Modules.Pages;

/// <summary>The case studies each guide cites, through <c>case_studies:</c> or an xref in its body, without repeats:
/// what the pages showing citations (a case study's citing guides, a guide's related guides) read of other bodies.</summary>
public sealed record CitationMap(IReadOnlyDictionary<string, IReadOnlyList<string>> CasesByGuide)
{
    public IReadOnlyList<string> CitedBy(string guideUid) => CasesByGuide.GetValueOrDefault(guideUid) ?? [];
}
