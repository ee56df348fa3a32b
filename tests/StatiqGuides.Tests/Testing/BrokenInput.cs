namespace StatiqGuides.Tests.Testing;

/// <summary>One broken input: how to add it to a site, the file it is in (as diagnostics name it), the code check must
/// report there (null: nothing to report), and whether the good guide must still be rendered.</summary>
public sealed record BrokenInput(string Name, string Path, Action<TestSite> Arrange, string? Code, bool KeepsGoodGuide = true)
{
    /// <summary>The file the code is reported at, when it is not <see cref="Path"/>: the page budgets name input/site.yml.</summary>
    public string ReportedAt { get; init; } = Path;

    public override string ToString() => Name;
}
