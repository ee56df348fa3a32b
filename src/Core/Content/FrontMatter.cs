namespace StatiqGuides.Core.Content;

/// <summary>The typed front matter of a guide, case study, page or translation.</summary>
/// <remarks>Every key of SPEC §1 has a property; which are required depends on the kind and is checked
/// when the file is read. Keys we do not know are kept in <see cref="Extra"/> for themes.</remarks>
public sealed record FrontMatter
{
    public string? Title { get; init; }

    public string? Summary { get; init; }

    public Located<string>? Uid { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<Located<string>> CaseStudies { get; init; } = [];

    public IReadOnlyList<Located<string>> Related { get; init; } = [];

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateOnly? Updated { get; init; }

    public int? Order { get; init; }

    public bool Draft { get; init; }

    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];

    public string? Parliament { get; init; }

    public Located<string>? Country { get; init; }

    public string? Region { get; init; }

    public int? Year { get; init; }

    public IReadOnlyList<Located<string>> Themes { get; init; } = [];

    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>A guide's sources, in the order written; entries that failed their checks are left out.</summary>
    public IReadOnlyList<GuideSource> Sources { get; init; } = [];

    public string? SourceHash { get; init; }

    /// <summary>The keys that were written in the file (so a translation knows what it repeats).</summary>
    public IReadOnlySet<string> WrittenKeys { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}
