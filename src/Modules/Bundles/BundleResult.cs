using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Bundles;

/// <param name="Zips">Full paths of the zips written; empty when the bundle failed.</param>
public sealed record BundleResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Zips, TimeSpan Elapsed)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
