namespace StatiqGuides.Modules.Templates.Views;

/// <summary>The facts panel of a case study.</summary>
public sealed record CaseStudyFacts(
    string Parliament,
    string CountryCode,
    string Country,
    string Region,
    int Year,
    IReadOnlyList<NavLink> Themes,
    IReadOnlyList<string> Links);
