namespace StatiqGuides.Modules.Templates.Views;

/// <summary>A guide, case study or section as an entry in a list.</summary>
/// <param name="Meta">A short line under the title: section, country and year, or last update.</param>
/// <param name="Lang">The language of the title and summary when it differs from the page's, else null.</param>
public sealed record Card(string Title, string Url, string Summary, string Meta, string? Lang = null)
{
    /// <summary>Space-separated section ids of a case study's themes, for the index's filters.</summary>
    public string Themes { get; init; } = "";

    public string Region { get; init; } = "";

    public string Country { get; init; } = "";

    public string Year { get; init; } = "";

    /// <summary>True on the case-study index, whose script filters by the data above; elsewhere the page stays lighter.</summary>
    public bool Filterable { get; init; }
}

/// <summary>A titled group of cards: case studies by theme, citing guides by section.</summary>
public sealed record CardGroup(string Id, string Title, IReadOnlyList<Card> Cards);
