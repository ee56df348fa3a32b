namespace StatiqGuides.Core.Content;

/// <summary>The typed front matter of a guide, case study, page or translation.</summary>
/// <remarks>Every built-in key (<see cref="ContentFields"/>) has a property; which are known and required depends on the
/// kind and is checked when the file is read. A registered kind's own keys are in <see cref="Fields"/>, keys no kind
/// knows in <see cref="Extra"/>, both for themes.</remarks>
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

    /// <summary>The values of a registered kind's own keys, as their readers typed them: a string, an int, a
    /// <see cref="DateOnly"/>, a bool or a list of strings. Keys not written (or read as absent) are not in it.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>This front matter with <paramref name="key"/> of <see cref="Fields"/> set to <paramref name="value"/>.</summary>
    public FrontMatter WithField(string key, object value) =>
        this with { Fields = new Dictionary<string, object?>(Fields, StringComparer.Ordinal) { [key] = value } };
}
