namespace StatiqGuides.Modules.Templates.Views;

/// <summary>One filter of the case-study index (theme, region, country, year) with the values present.</summary>
/// <param name="Id">Matches the <c>data-…</c> attribute of each card (<c>data-theme</c>, <c>data-region</c>, …).</param>
public sealed record FilterView(string Id, string Label, IReadOnlyList<FilterOption> Options);

/// <param name="Value">The value written in the cards' data attribute.</param>
/// <param name="Count">How many case studies have it.</param>
public sealed record FilterOption(string Value, string Label, int Count);
