namespace StatiqGuides.Tests.Testing.Oracle;

/// <summary>One kind of edit an author makes while <c>serve</c> runs, named as the test case that tries it
/// ("guide.summary", "asset edit"). <see cref="Apply"/> makes one such edit to the site as it is now and says what it
/// did, or returns null when the site has nothing it applies to (no guide without tags left, say).</summary>
public sealed record SiteEdit(string Name, Func<OracleSite, EditChoice, Task<AppliedEdit?>> Apply)
{
    public static SiteEdit Of(string name, Func<OracleSite, EditChoice, AppliedEdit?> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        return new SiteEdit(name, (site, choice) => Task.FromResult(apply(site, choice)));
    }

    public override string ToString() => Name;
}

/// <summary>What an edit did (<c>guides/websites/alpha.md: summary: "Summary 3."</c>), and, for an edit that breaks the
/// build on purpose, the edit that mends it.</summary>
public sealed record AppliedEdit(string Description, Func<OracleSite, Task>? Repair = null)
{
    public override string ToString() => Description;
}
