namespace StatiqGuides.Modules.Templates.Views;

/// <summary>How many of a hub's guides and case studies are translated into one language, and which need work.</summary>
public sealed record TranslationStatusRow(string Code, string Name, int Current, int Outdated, int Missing)
{
    /// <summary>The items whose translation is outdated, missing or still the source text, in the hub's order.</summary>
    public IReadOnlyList<TranslationItemView> Items { get; init; } = [];

    /// <summary>How many more need work than <see cref="Items"/> lists.</summary>
    public int More { get; init; }
}
